import { type FormEvent, startTransition } from "react";

/**
 * An onSubmit that runs a form action without React's automatic form reset. The address
 * selects are controlled (each depends on the one before), and a reset would blank them in the
 * page while their state still holds the choice; keeping every typed value is kinder anyway.
 * The form keeps its `action` too, so it still works before the page has hydrated.
 */
export function submitKeepingValues(action: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
}
