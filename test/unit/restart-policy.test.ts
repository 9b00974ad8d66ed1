import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../client/src/restart-policy';

// The policy alone. Its wiring into the language client is exercised with a real server killed:
// test/vscode/server-restart.test.ts (restarted) and test/code-server/e2e.test.ts (given up).

test('a crashed server is restarted four times, the fifth crash within three minutes stops it', () => {
  let now = 0;
  const policy = new RestartPolicy(4, 180_000, () => now);
  const seen = [];
  for (let i = 0; i < 5; i++) {
    seen.push(policy.onClosed());
    now += 10_000;
  }
  assert.deepEqual(seen, ['restart', 'restart', 'restart', 'restart', 'stop']);
});

test('crashes spread over more than three minutes are restarted every time', () => {
  let now = 0;
  const policy = new RestartPolicy(4, 180_000, () => now);
  for (let i = 0; i < 20; i++) {
    assert.equal(policy.onClosed(), 'restart', `crash ${i}`);
    now += 60_000;
  }
});

test('transport errors: the first three are let go, then the client shuts down', () => {
  const policy = new RestartPolicy();
  assert.deepEqual(
    [1, 2, 3, 4, undefined].map((n) => policy.onError(n)),
    ['continue', 'continue', 'continue', 'shutdown', 'shutdown'],
  );
});
