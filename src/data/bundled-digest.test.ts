import { describe, expect, it } from 'vitest';
import { checkedBundledText, sha256Hex } from './bundled-digest';

describe('sha256Hex', () => {
  it('is the SHA-256 of the bytes in hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('checkedBundledText', () => {
  it('cannot end the element it sits in, and reads back as it was', () => {
    const checked = {
      sha256: 'x',
      result: {
        ok: false as const,
        problems: [
          {
            place: { kind: 'file' as const },
            code: 'invalid' as const,
            params: { message: '</script><script>alert(1)</script>' },
          },
        ],
      },
    };
    const text = checkedBundledText(checked);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(checked);
  });
});
