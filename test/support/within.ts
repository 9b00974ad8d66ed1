/** `thenable`, or a clear failure naming `what` after `ms`: nothing a test awaits can hang it. */
export async function within<T>(ms: number, what: string, thenable: PromiseLike<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  try {
    return await Promise.race([thenable, late]);
  } finally {
    clearTimeout(timer);
  }
}
