//! Flags for differences that matter between corresponding provisions.
//! OWNER: differences work (issue 4).
