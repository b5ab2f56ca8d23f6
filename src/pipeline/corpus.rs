//! The whole-corpus analysis the site renders (filled in below).
