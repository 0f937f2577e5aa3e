import type { FieldState } from "@/components/forms/field";

/**
 * What the host console's actions return: the shared form state (error keys looked up in
 * hostConsole.errors, then `validation`) plus what a success has to show once, such as a stream
 * key that is never stored in the clear.
 */
export type HostFormState = FieldState & { result?: Record<string, string> };
