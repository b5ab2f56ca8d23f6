//! 新旧対照表 of two versions of a regulation. OWNER: differences work (issue 4).
