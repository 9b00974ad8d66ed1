/**
 * When the language server dies, whether to start it again: yes, unless it died more than
 * `maxRestarts` times within `windowMs` (then it would only crash again; the user is told).
 * The same policy as vscode-languageclient's default, kept here so a test can hold it.
 */
export class RestartPolicy {
  private readonly deaths: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called each time the connection to the server closes. */
  onClosed(): 'restart' | 'stop' {
    this.deaths.push(this.now());
    while (this.deaths.length > 0 && this.now() - (this.deaths[0] as number) > this.windowMs) this.deaths.shift();
    return this.deaths.length <= this.maxRestarts ? 'restart' : 'stop';
  }

  /** Called on a transport error: carry on for the first three, then shut down. */
  onError(count: number | undefined): 'continue' | 'shutdown' {
    return count !== undefined && count <= 3 ? 'continue' : 'shutdown';
  }
}
