/** Why pieces were written off; safe to import from client components (no database code). */
export const BREAKAGE_REASONS = ["HANDLING", "STORAGE", "TRANSIT", "DEFECT", "OTHER"] as const;
export type BreakageReason = (typeof BREAKAGE_REASONS)[number];
