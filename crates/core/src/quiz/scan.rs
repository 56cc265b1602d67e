//! Reading QR codes from a camera frame or a photo: the teacher's device scans the result
//! codes the students' screens show. The browser gives the pixels; this reads them, so the
//! same code is tested natively and runs where `BarcodeDetector` does not exist.

/// The texts of the QR codes in a greyscale image (`luma`: one byte per pixel, row by row,
/// `width` × `height`). Codes that cannot be read are skipped; an image of the wrong size
/// gives none.
pub fn read_qr_codes(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || width.checked_mul(height) != Some(luma.len()) {
        return Vec::new();
    }
    let mut decoder = quircs::Quirc::default();
    let mut texts: Vec<String> = Vec::new();
    for code in decoder.identify(width, height, luma).flatten() {
        let Ok(data) = code.decode() else {
            continue;
        };
        let Ok(text) = String::from_utf8(data.payload) else {
            continue;
        };
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts
}

/// Greyscale from RGBA pixels (a canvas's `ImageData`), by the usual luma weights.
pub fn luma_of_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8
        })
        .collect()
}
