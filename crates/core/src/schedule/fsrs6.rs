//! FSRS-6's memory model for one review, with its default parameters: the formulas of the
//! `fsrs` crate's `FSRS::next_states`, which tests compare with it on many states.
//!
//! Why not call the crate: its only constructor, `FSRS::new`, unwraps a conversion whose
//! failure message prints the parameters, and that one `unwrap` carried Rust's float
//! formatting (about 14 kB of WebAssembly) into the study page's first load. The crate stays
//! the reference (its types, its default parameters, the tests).

use fsrs::{ItemState, MemoryState, NextStates};

/// The bounds FSRS keeps stability (days) and difficulty within.
const S_MIN: f32 = 0.001;
const S_MAX: f32 = 36_500.0;
const D_MIN: f32 = 1.0;
const D_MAX: f32 = 10.0;

/// FSRS-6's default parameters, as the crate uses them.
pub(crate) struct Model {
    w: [f32; 21],
}

impl Default for Model {
    fn default() -> Model {
        Model {
            w: fsrs::DEFAULT_PARAMETERS,
        }
    }
}

impl Model {
    /// The memory state and interval (days) after each rating, `days_elapsed` whole days
    /// after the last review (`memory` is `None` for a new card); `None` when a state is not
    /// a finite number.
    pub(crate) fn next_states(
        &self,
        memory: Option<MemoryState>,
        desired_retention: f32,
        days_elapsed: u32,
    ) -> Option<NextStates> {
        let state = |rating: f32| {
            let memory = self.step(days_elapsed as f32, rating, memory);
            let finite = memory.stability.is_finite() && memory.difficulty.is_finite();
            finite.then(|| ItemState {
                memory,
                interval: self.interval(memory.stability, desired_retention),
            })
        };
        Some(NextStates {
            again: state(1.0)?,
            hard: state(2.0)?,
            good: state(3.0)?,
            easy: state(4.0)?,
        })
    }

    fn decay_and_factor(&self) -> (f32, f32) {
        let decay = -self.w[20];
        (decay, (0.9f32.ln() / decay).exp() - 1.0)
    }

    fn interval(&self, stability: f32, desired_retention: f32) -> f32 {
        let (decay, factor) = self.decay_and_factor();
        stability / factor * (desired_retention.powf(1.0 / decay) - 1.0)
    }

    fn retrievability(&self, days: f32, stability: f32) -> f32 {
        let (decay, factor) = self.decay_and_factor();
        (days / stability * factor + 1.0).powf(decay)
    }

    fn initial_difficulty(&self, rating: f32) -> f32 {
        self.w[4] - (self.w[5] * (rating - 1.0)).exp() + 1.0
    }

    fn step(&self, days: f32, rating: f32, memory: Option<MemoryState>) -> MemoryState {
        let w = &self.w;
        let Some(memory) = memory else {
            // A first review.
            return MemoryState {
                stability: w[rating as usize - 1].clamp(S_MIN, S_MAX),
                difficulty: self.initial_difficulty(rating).clamp(D_MIN, D_MAX),
            };
        };
        let s = memory.stability.clamp(S_MIN, S_MAX);
        let d = memory.difficulty.clamp(D_MIN, D_MAX);
        let r = self.retrievability(days, s);
        let stability = if days == 0.0 {
            // Again the same day: short-term stability.
            let growth = (w[17] * (rating - 3.0 + w[18])).exp() * s.powf(-w[19]);
            s * if rating >= 2.0 {
                growth.max(1.0)
            } else {
                growth
            }
        } else if rating == 1.0 {
            let after =
                w[11] * d.powf(-w[12]) * ((s + 1.0).powf(w[13]) - 1.0) * ((1.0 - r) * w[14]).exp();
            after.min(s / (w[17] * w[18]).exp())
        } else {
            let hard_penalty = if rating == 2.0 { w[15] } else { 1.0 };
            let easy_bonus = if rating == 4.0 { w[16] } else { 1.0 };
            s * (w[8].exp()
                * (11.0 - d)
                * s.powf(-w[9])
                * (((1.0 - r) * w[10]).exp() - 1.0)
                * hard_penalty
                * easy_bonus
                + 1.0)
        };
        // Difficulty moves with the rating, damped near 10, and reverts towards Easy's.
        let moved = d + (10.0 - d) * (-w[6] * (rating - 3.0)) / 9.0;
        let difficulty = w[7] * (self.initial_difficulty(4.0) - moved) + moved;
        MemoryState {
            stability: stability.clamp(S_MIN, S_MAX),
            difficulty: difficulty.clamp(D_MIN, D_MAX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_states_as_the_fsrs_crate() {
        let crate_model = fsrs::FSRS::new(&fsrs::DEFAULT_PARAMETERS).expect("defaults");
        let ours = Model::default();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 40) as f32 / (1u64 << 24) as f32
        };
        let mut memories = vec![None];
        for _ in 0..3000 {
            memories.push(Some(MemoryState {
                stability: next() * next() * 400.0,
                difficulty: next() * 12.0,
            }));
        }
        memories.push(Some(MemoryState {
            stability: 0.0,
            difficulty: 5.0,
        }));
        for (i, memory) in memories.into_iter().enumerate() {
            let days = [0, 1, 2, 7, 30, 365, 4000][i % 7];
            let retention = 0.70 + (i % 30) as f32 / 100.0;
            let expected = crate_model.next_states(memory, retention, days).ok();
            assert_eq!(
                ours.next_states(memory, retention, days),
                expected,
                "{memory:?} {days}"
            );
        }
    }
}
