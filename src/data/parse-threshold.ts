/** Smaller inputs are read in place: starting a worker would take longer than they do. */
export const OFF_MAIN_THREAD_MIN_BYTES = 256 * 1024;
