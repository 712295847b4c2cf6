import { formatMoneyShort, moneyFieldText, parseMoney } from '../../../shared/logic/money';
import { currentLanguage } from '../app/i18n';
import { moneyRefusal } from '../app/refusal';
import { BufferedText } from './BufferedText';

interface Props {
  label: string;
  amount: number | null;
  /** The field's currency: what a bare ¥ means, and how the amount beside the field is written. */
  currency: string;
  /** `currency` is the one the text named ("$12m"), or null. Answers the reason when refused. */
  onCommit(amount: number | null, currency: string | null, session: string): true | string;
}

/**
 * An amount typed as a rep types it (1200万, 1,200万元, 12M, about 12M, $12m, 12,000,000): the
 * amount understood is shown beside the field as it is typed, and text that cannot be read is
 * refused at the field in words.
 */
export function MoneyField({ label, amount, currency, onCommit }: Props) {
  const lang = currentLanguage();
  return (
    <BufferedText
      label={label}
      value={moneyFieldText(amount, lang)}
      maxLength={100}
      className="field-money"
      onCommit={(text, session) => {
        const read = parseMoney(text, currency);
        return read.ok ? onCommit(read.amount, read.currency, session) : moneyRefusal(read.reason, text);
      }}
      aside={(text) => {
        const read = parseMoney(text, currency);
        return read.ok && read.amount !== null ? formatMoneyShort(read.amount, read.currency ?? currency, lang) : null;
      }}
    />
  );
}
