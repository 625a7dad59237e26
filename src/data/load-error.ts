import type { Problem } from '../domain/model';

/**
 * Why a dataset could not be loaded. `transient` failures (network, timeout, 5xx) may succeed
 * on a retry; the others (bad URL, 4xx, invalid data) will not, so they are not retried.
 */
export class LoadError extends Error {
  readonly problems: Problem[];
  readonly transient: boolean;
  /** The body of a failed HTTP response, when it could be read (a CKAN error explains itself there). */
  readonly responseText?: string;

  constructor(problems: Problem[], transient: boolean, responseText?: string) {
    super(problems.map((p) => p.code).join(', ') || 'load failed');
    this.name = 'LoadError';
    this.problems = problems;
    this.transient = transient;
    if (responseText !== undefined) this.responseText = responseText;
  }
}

/** A non-transient LoadError for data that was read but is not usable. */
export function loadErrorFromProblems(problems: Problem[]): LoadError {
  return new LoadError(problems, false);
}

export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError;
}
