import { describe, expect, it } from 'vitest';
import { addClaimFiles } from './claim-files';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('evidence files of a claim', () => {
  it('keeps photos and PDFs, up to five', () => {
    const six = Array.from({ length: 6 }, (_, i) => file(`${i}.png`, 'image/png'));
    const r = addClaimFiles([], six);
    expect(r.files).toHaveLength(5);
    expect(r.problems).toEqual([{ kind: 'count', name: '5.png' }]);
  });
  it('leaves out other types and files over 10 MB', () => {
    const r = addClaimFiles(
      [file('a.pdf', 'application/pdf')],
      [
        file('b.docx', 'application/msword'),
        file('c.jpg', 'image/jpeg', 10 * 1024 * 1024 + 1),
        file('d.webp', 'image/webp'),
      ],
    );
    expect(r.files.map((f) => f.name)).toEqual(['a.pdf', 'd.webp']);
    expect(r.problems.map((p) => p.kind)).toEqual(['type', 'size']);
  });
});
