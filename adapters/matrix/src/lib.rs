//! Matrix adapter (in progress).
