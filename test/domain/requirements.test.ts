import { describe, expect, it } from 'vitest';
import {
  normaliseRequirements,
  parseRequirement,
  requirementsSchema,
} from '../../src/domain/requirements.js';
import { fastestMs } from '../support/timing.js';

/** The one grammar the API's schema and the sandbox's installer both read requirements with. */
describe('requirement grammar', () => {
  const accepted = [
    'rapidfuzz',
    'rapidfuzz==3.9.6',
    'rapidfuzz>=3,<4',
    ' rapidfuzz >=3, <4 ',
    'Rapid_Fuzz.x2 ~= 3.0',
    'requests[security,socks]==2.*',
    'requests [ security , socks ] >= 2.31',
    'torch===2.3.0+cpu',
    'pkg!=1.0.0rc1,>0.9',
    'a',
  ];
  const rejected = [
    'rapidfuzz>=3,', // a trailing comma
    'foo_', // a name must end with a letter or digit
    'foo==1==2', // a specifier after a version without a comma
    '',
    '   ',
    '-r /etc/shadow',
    '--index-url=http://evil',
    'pkg @ file:///etc/passwd',
    'pkg @ https://evil.example/pkg.whl',
    'pkg; python_version < "3.11"',
    './local/dir',
    'pkg>=',
    'pkg[',
    'pkg[]',
    'pkg[extra',
    'pkg extra',
    'pkg==1 2',
    'pkg (>=1)',
    'a' + '==1 '.repeat(49) + '#', // the ReDoS input of issue 8
    'x'.repeat(201),
  ];

  it.each(accepted)('accepts %j', (text) => {
    expect(parseRequirement(text)).toMatchObject({ ok: true });
    expect(requirementsSchema.safeParse([text]).success).toBe(true);
    expect(normaliseRequirements([text]).ok).toBe(true);
  });

  it.each(rejected)('rejects %j, the same in the API schema and the installer', (text) => {
    const parsed = parseRequirement(text);
    expect(parsed.ok).toBe(false);
    expect(requirementsSchema.safeParse([text]).success).toBe(false);
    expect(normaliseRequirements([text])).toMatchObject({ ok: false, problems: [{ index: 0 }] });
  });

  it('says what is wrong and where', () => {
    expect(parseRequirement('rapidfuzz>=3,')).toMatchObject({
      ok: false,
      message: expect.stringContaining('after the comma'),
    });
    expect(parseRequirement('foo==1==2')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/character 7 \('='\)/),
    });
    expect(parseRequirement('foo_')).toMatchObject({ ok: false, message: expect.stringContaining('name') });
  });

  it('normalises names, extras and specifiers, de-duplicates and sorts', () => {
    expect(
      normaliseRequirements(['Rapid_Fuzz >= 3.0 , <4', 'numpy', 'requests[Security,socks]==2.*', 'NumPy']),
    ).toEqual({ ok: true, requirements: ['numpy', 'rapid-fuzz<4,>=3.0', 'requests[security,socks]==2.*'] });
  });

  it('enforces the allowlist by normalised name, naming each refused entry', () => {
    const allowed = ['rapid-fuzz', 'NumPy'];
    expect(normaliseRequirements(['Rapid_Fuzz>=3', 'numpy'], allowed).ok).toBe(true);
    expect(normaliseRequirements(['numpy', 'requests', 'evil-pkg==1'], allowed)).toMatchObject({
      ok: false,
      problems: [
        { index: 1, message: expect.stringContaining("'requests' is not in this server's allowed packages") },
        { index: 2, message: expect.stringContaining("'evil-pkg'") },
      ],
    });
    expect(normaliseRequirements(['anything'], [])).toMatchObject({ ok: true });
  });

  it('reads adversarial input in linear time, beyond the length cap too', () => {
    const worst = [
      'a' + '==1 '.repeat(25_000) + '#', // the input, 100 KB
      'a' + '=='.repeat(50_000),
      'a' + '-'.repeat(100_000),
      'a[' + 'b,'.repeat(50_000),
      'a>=1,'.repeat(20_000),
      'a==' + '1'.repeat(100_000) + '=',
    ];
    for (const text of worst) {
      expect(parseRequirement(text, Infinity).ok).toBe(false);
      expect(requirementsSchema.safeParse([text]).success).toBe(false);
      expect(fastestMs(() => parseRequirement(text, Infinity))).toBeLessThan(200);
      expect(fastestMs(() => requirementsSchema.safeParse([text]))).toBeLessThan(200);
    }
  });
});
