// The one-pass scan for encoded-text candidates must find exactly what the two regexes it replaced find.
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { candidateRuns, encodedSegments } from '../src/scanners/credentials/decode.ts';

const BASE64 = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
const HEX = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){16,}(?![0-9A-Fa-f])/g;
const spans = (re: RegExp, text: string) => [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);

// Texts made of the characters that matter: hex digits, other base64 characters, '=', separators.
const piece = fc.oneof(
  fc.stringMatching(/^[0-9a-fA-F]{0,40}$/),
  fc.stringMatching(/^[g-zG-Z+/_-]{0,6}$/),
  fc.constantFrom('=', '==', '===', ' ', '\n', '.', '%41', 'é', '"'),
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

test('candidateRuns finds what /[A-Za-z0-9+/_-]{20,}={0,2}/g and the hex regex find', () => {
  fc.assert(
    fc.property(text, (t) => {
      const got = candidateRuns(t);
      assert.equal(got.base64, spans(BASE64, t));
      assert.equal(got.hex, spans(HEX, t));
    }),
    { numRuns: 2000 },
  );
});

test('edges: exact minimum lengths, odd hex runs, padding, runs at the ends', () => {
  const h32 = 'ab'.repeat(16);
  for (const t of [h32, `${h32}c`, `x${h32}`, `${h32}g`, 'A'.repeat(19), 'A'.repeat(20), `${'A'.repeat(20)}===`, `==${'B'.repeat(21)}=`, '']) {
    assert.equal(candidateRuns(t), { base64: spans(BASE64, t), hex: spans(HEX, t) }, JSON.stringify(t));
  }
  const secret = Buffer.from('password=correct-horse-battery').toString('base64');
  assert.equal(encodedSegments(`x: ${secret}\n`).map((s) => [s.encoding, s.decoded]), [['base64', 'password=correct-horse-battery']]);
});

test.run();
