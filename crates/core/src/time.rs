//! Time in milliseconds since the epoch, as every function of the core takes it (the caller
//! passes `now`), and the windows the figures are counted over.

pub const SECOND_MS: i64 = 1_000;
pub const MINUTE_MS: i64 = 60 * SECOND_MS;
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// Days of the due forecast (today first).
pub const FORECAST_DAYS: usize = 30;
/// Days of the review history (today last).
pub const HISTORY_DAYS: usize = 90;

/// Whole days in `ms`, rounded down (0 for a negative span).
pub fn whole_days(ms: i64) -> i64 {
    ms.max(0) / DAY_MS
}
