//! Where a JSON text breaks, in words of our own: serde_json's messages are not used, since
//! formatting them (floats included) would add about 4 kB to the study page's bundle, and
//! a teacher fixing a file needs the line and the column.

/// `line L, column C`, and what kind of fault.
pub(crate) fn fault(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Syntax => "not valid JSON",
        Category::Eof => "the text ends too soon",
        Category::Data => "a field has the wrong type or a required one is missing",
        Category::Io => "it could not be read",
    };
    format!("{what} (line {}, column {})", e.line(), e.column())
}
