//! Term normalisation, stop-words and defined terms (「以下「X」という。」).
//! OWNER: alignment (normalisation, stop-words) and differences (definitions).
