//! End-to-end tests of the `mitreden` binary, one module per area (one test
//! binary keeps link times down).

mod cli;
mod fake_telegram;
mod telegram;
mod terminal;
mod util;
