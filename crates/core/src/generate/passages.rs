//! The article's passages, searched for a value's names: does the article name "2024" in one
//! passage, or in several (then a reverse card "2024 : que dit l'article ?" would have two
//! right backs)?
//!
//! The study page searches the few dozen passages of an article by scanning them. A quiz may
//! be made from a deck of thousands of sentences, where a scan per fact costs seconds, so the
//! quiz pages search an index of the passages' three-byte sequences instead. Both give the
//! same counts (a test compares them); the study page's bundle carries only the scan, since
//! only the quiz pages build an index ([`super::context::Context::indexed`]).

/// Passages in the form names are matched in (lowercased, plain apostrophes).
pub(super) trait Passages {
    /// How many passages hold one of `names`, counted up to two.
    fn naming(&self, names: &[String]) -> usize;
}

/// Every passage read in turn.
pub(super) struct Scan(pub Vec<String>);

impl Passages for Scan {
    fn naming(&self, names: &[String]) -> usize {
        self.0
            .iter()
            .filter(|p| names.iter().any(|n| p.contains(n.as_str())))
            .take(2)
            .count()
    }
}

/// The passages, and for each bucket of three-byte sequences the passages holding one of
/// them: a passage holds a name only if it holds each of the name's sequences, so only the
/// passages of the name's rarest bucket need to be read.
pub(super) struct Indexed {
    passages: Vec<String>,
    /// Where each bucket's passages start in `holders` (one more entry than buckets).
    starts: Vec<u32>,
    /// Passage numbers, bucket after bucket, in increasing order within a bucket (a passage
    /// appears once per sequence it holds).
    holders: Vec<u32>,
    /// Buckets are numbered by the top `bits` bits of a sequence's hash.
    bits: u32,
}

impl Indexed {
    pub fn new(passages: Vec<String>) -> Indexed {
        let total: usize = passages.iter().map(|p| p.len()).sum();
        // About four sequences a bucket, from 2^8 to 2^16 buckets.
        let bits = (total / 4).max(1).ilog2().clamp(8, 16);
        let buckets = 1usize << bits;
        // Each sequence's bucket, computed once for the two passes below.
        let mut of_sequence: Vec<u32> = Vec::with_capacity(total);
        let mut starts = vec![0u32; buckets + 1];
        for passage in &passages {
            for sequence in passage.as_bytes().windows(3) {
                let b = bucket(sequence, bits);
                of_sequence.push(b as u32);
                starts[b + 1] += 1;
            }
        }
        for b in 0..buckets {
            starts[b + 1] += starts[b];
        }
        let mut next: Vec<u32> = starts[..buckets].to_vec();
        let mut holders = vec![0u32; starts[buckets] as usize];
        let mut buckets_in_order = of_sequence.into_iter();
        for (i, passage) in passages.iter().enumerate() {
            for b in buckets_in_order
                .by_ref()
                .take(passage.len().saturating_sub(2))
            {
                holders[next[b as usize] as usize] = i as u32;
                next[b as usize] += 1;
            }
        }
        Indexed {
            passages,
            starts,
            holders,
            bits,
        }
    }

    /// The passages that may hold `name`: those of its rarest bucket, or all of them for a
    /// name too short to have a sequence.
    fn candidates(&self, name: &str) -> Box<dyn Iterator<Item = usize> + '_> {
        let rarest = name
            .as_bytes()
            .windows(3)
            .map(|s| bucket(s, self.bits))
            .min_by_key(|&b| self.starts[b + 1] - self.starts[b]);
        match rarest {
            Some(b) => Box::new(
                self.holders[self.starts[b] as usize..self.starts[b + 1] as usize]
                    .iter()
                    .map(|&p| p as usize),
            ),
            None => Box::new(0..self.passages.len()),
        }
    }
}

impl Passages for Indexed {
    fn naming(&self, names: &[String]) -> usize {
        let mut found: Vec<usize> = Vec::with_capacity(2);
        for name in names {
            let mut last = None;
            for p in self.candidates(name) {
                // A passage is listed once per sequence of the bucket it holds.
                if last == Some(p) || found.contains(&p) {
                    continue;
                }
                last = Some(p);
                if self.passages[p].contains(name.as_str()) {
                    found.push(p);
                    if found.len() == 2 {
                        return 2;
                    }
                }
            }
        }
        found.len()
    }
}

/// The bucket of a three-byte sequence: its hash's top `bits` bits.
fn bucket(sequence: &[u8], bits: u32) -> usize {
    let value = u32::from(sequence[0]) | u32::from(sequence[1]) << 8 | u32::from(sequence[2]) << 16;
    (value.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages() -> Vec<String> {
        [
            "la cnil réclame un encadrement",
            "à nice en 2019, puis en 2020",
            "phrase 12019 sur le sujet",
            "ni",
            "la ville de nice",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn the_index_counts_as_the_scan_does() {
        let scan = Scan(passages());
        let index = Indexed::new(passages());
        let queries: [&[&str]; 8] = [
            &["cnil"],
            &["nice"],
            &["2019"],
            &["2020", "cnil"],
            &["absent"],
            &["ni"],
            &["la "],
            &[],
        ];
        for names in queries {
            let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            assert_eq!(index.naming(&names), scan.naming(&names), "{names:?}");
        }
        assert_eq!(index.naming(&["nice".into()]), 2);
        assert_eq!(index.naming(&["cnil".into()]), 1);
        assert_eq!(index.naming(&["absent".into()]), 0);
    }
}
