/** Input styling of the GET filter forms (plain HTML forms: they work before hydration). */
export const inputClassName = "w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm focus:border-cobalt-500 focus:outline-none";
