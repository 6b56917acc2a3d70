// Back to the story as published: every layer and actor, all dates and periods.
import type { Translate } from '../i18n/t.ts';

export function ResetButton({
  onReset,
  disabled,
  t,
}: {
  onReset: () => void;
  disabled: boolean;
  t: Translate;
}) {
  return (
    <button
      type="button"
      className="text-button"
      onClick={onReset}
      aria-disabled={disabled || undefined}
    >
      {t('reset.label')}
    </button>
  );
}
