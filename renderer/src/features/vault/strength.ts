import { MIN_PASSPHRASE } from '../../../../shared/model/vault';

export type Strength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough guide, not a promise: length counts most (words are cheap to type and expensive to
 * guess), a mix of kinds of characters a little. Chinese characters count double: each is drawn
 * from thousands.
 */
export function strengthOf(passphrase: string): Strength {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < MIN_PASSPHRASE) return 'tooShort';
  const wide = chars.filter((c) => c.codePointAt(0)! > 0x2e80).length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/, /\s/].filter((r) => r.test(passphrase)).length;
  const score = chars.length + wide + kinds * 2;
  return score >= 24 ? 'strong' : score >= 16 ? 'fair' : 'weak';
}
