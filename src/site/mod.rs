//! Rendering the static site. OWNER: site work (issue 5).
