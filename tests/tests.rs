//! End-to-end tests of the `mitreden` binary, one module per area (one test
//! binary keeps link times down).

// matrix-sdk futures are deeply nested.
#![recursion_limit = "256"]

mod cli;
mod matrix;
mod telegram;
mod terminal;
mod util;
