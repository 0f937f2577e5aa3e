/**
 * The page asked for, kept within the pages there are (a page past the end gives the last one,
 * anything unusable the first), with the rows to skip and take for it.
 */
export function pageWindow(total: number, size: number, requested = 1) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  return { page, pageCount, skip: (page - 1) * size, take: size };
}
