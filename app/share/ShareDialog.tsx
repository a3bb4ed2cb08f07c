import { useEffect, useId, useRef, useState } from 'react';
import { encodeShareFragment, ShareLinkError } from '../../src/share/link.ts';
import { withEditorFlushed } from '../commands/flush.ts';
import { Dialog } from '../gallery/Dialog.tsx';
import { useAppStore } from '../store/context.tsx';
import { copyField } from './copy.ts';
import './share.css';

/** Links longer than this get cut by some chat apps, mail clients and older tools. */
export const LONG_LINK = 2000;

const MOD =
  typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform) ? '⌘' : 'Ctrl+';

type LinkState =
  { status: 'making' } | { status: 'ready'; link: string } | { status: 'failed'; message: string };

/** This page's address with `fragment` as its `#` part (sub-paths and queries kept). */
export function linkFor(fragment: string, href: string = window.location.href): string {
  const url = new URL(href);
  url.hash = fragment;
  return url.href;
}

/** The share dialog: the design's link, how long it is, and a button that copies it. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const id = useId();
  const [state, setState] = useState<LinkState>({ status: 'making' });
  const [copyStatus, setCopyStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    // The link holds what the person sees, including text the editor holds back a moment.
    const { text, k8sVersion } = withEditorFlushed(store, (s) => s);
    encodeShareFragment({ text, k8s: k8sVersion }).then(
      (fragment) => live && setState({ status: 'ready', link: linkFor(fragment) }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          message: error instanceof ShareLinkError ? error.message : 'The link could not be made.',
        }),
    );
    return () => {
      live = false;
    };
  }, [store]);

  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) copyButton.current?.focus();
  }, [ready]);

  const copy = async () => {
    if (!field.current) return;
    const result = await copyField(field.current);
    setCopyStatus(
      result === 'copied'
        ? 'Link copied to the clipboard.'
        : `The browser did not allow copying: the link is selected, press ${MOD}C to copy it.`,
    );
  };

  return (
    <Dialog
      title="Share this design"
      description="The link holds the whole design and its Kubernetes version after the #, a part of the address browsers never send to a server. Whoever opens it gets this design in their own browser."
      onClose={onClose}
      className="share-dialog"
    >
      {state.status === 'making' ? <p className="share-making">Making the link…</p> : null}
      {state.status === 'failed' ? (
        <p role="alert" className="share-error">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <div className="dialog-form">
          <label htmlFor={`${id}-link`} className="share-label">
            Share link
          </label>
          <textarea
            id={`${id}-link`}
            ref={field}
            className="share-link"
            value={state.link}
            readOnly
            rows={5}
            spellCheck={false}
            aria-describedby={`${id}-length`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id={`${id}-length`} className="share-length">
            {linkLength(state.link)}
          </p>
        </div>
      ) : null}
      <p role="status" className="share-copy-status">
        {copyStatus}
      </p>
      <div className="dialog-actions">
        <button
          ref={copyButton}
          type="button"
          className="dialog-button primary"
          disabled={!ready}
          onClick={() => void copy()}
        >
          Copy link
        </button>
        <button type="button" className="dialog-button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** `1,234 characters`, with a word of warning past LONG_LINK. */
export function linkLength(link: string): string {
  const count = `${link.length.toLocaleString('en-US')} ${link.length === 1 ? 'character' : 'characters'}`;
  return link.length < LONG_LINK
    ? count
    : `${count}: longer than ${LONG_LINK.toLocaleString('en-US')}, so some chat apps and mail clients may cut it. Check that it arrives whole.`;
}
