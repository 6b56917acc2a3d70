// The browse panel's "Embed" tool: a dialog with the iframe snippet for the current filters,
// ready to copy. The snippet leaves out the view and the selection: a view chosen on a wide
// screen doesn't fit a phone's column, so the embed fits the story to its own width.
import { useMemo, useRef, useState } from 'react';
import { localized } from '../i18n/t.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { embedMessages } from './embedMessages.ts';
import { buildSnippet } from './snippet.ts';
import './embedDialog.css';

export function EmbedDialog({ state, story }: Pick<ViewProps, 'state' | 'story'>) {
  const messages = embedMessages(state.lang);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [hostScript, setHostScript] = useState(true);
  const [copied, setCopied] = useState(false);
  const meta = story?.tripoint?.story;
  // A file opened from the reader's disk is not in the URL: the snippet can only embed the story.
  const showsLocalFile = state.data === null && story !== null && meta?.id !== state.story;
  const title =
    meta && !showsLocalFile ? localized(meta.title, state.lang) : messages.frameTitleFallback;
  const snippet = useMemo(
    () =>
      buildSnippet({
        appUrl: window.location.href,
        state: { ...state, view: null, select: null },
        title,
        hostScript,
      }),
    [state, title, hostScript],
  );

  const copy = async () => {
    textRef.current?.select();
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. an insecure origin): the text is selected for Ctrl+C.
      setCopied(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="embed-tool"
        onClick={() => {
          setCopied(false);
          dialogRef.current?.showModal();
        }}
      >
        {messages.embedButton}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">{messages.dialogTitle}</h2>
        <p>{messages.dialogIntro}</p>
        <textarea
          ref={textRef}
          className="embed-dialog__code"
          readOnly
          rows={6}
          value={snippet}
          aria-label={messages.dialogTitle}
          onFocus={(event) => event.currentTarget.select()}
        />
        <label className="embed-dialog__option">
          <input
            type="checkbox"
            checked={hostScript}
            onChange={(event) => setHostScript(event.target.checked)}
          />{' '}
          {messages.withScript}
        </label>
        {showsLocalFile && <p className="embed-dialog__warning">{messages.localFileNote}</p>}
        <p className="embed-dialog__note">{messages.corsNote}</p>
        <div className="embed-dialog__actions">
          <button type="button" className="embed-tool" onClick={() => void copy()}>
            {copied ? messages.copied : messages.copy}
          </button>
          <button type="button" className="embed-tool" onClick={() => dialogRef.current?.close()}>
            {messages.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
