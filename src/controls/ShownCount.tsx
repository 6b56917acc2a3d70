// "12 of 56 shown": announced politely when filters change.
import type { Translate } from '../i18n/t.ts';

export function ShownCount({ shown, total, t }: { shown: number; total: number; t: Translate }) {
  return (
    <p className="shown-count" role="status" data-shown={shown} data-total={total}>
      {shown === 0 ? t('count.none') : t('count.shown', { shown, total })}
    </p>
  );
}
