import { useState } from 'react';

type ShareBarProps = {
  /** The absolute link to this view, with the dataset version. */
  link: string;
  csv: () => string;
  json: () => string;
  fileStem: string;
  disabled: boolean;
};

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: Chromium starts the download from the click, asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copy the link to this view; download the filtered events. Exports are built only when asked for. */
export function ShareBar({ link, csv, json, fileStem, disabled }: ShareBarProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard (insecure context, permission refused): show the link to copy by hand.
      setCopied('failed');
    }
  };
  return (
    <div className="share-bar">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => download(`${fileStem}.csv`, 'text/csv;charset=utf-8', csv())}>
        Export CSV
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => download(`${fileStem}.json`, 'application/json', json())}>
        Export JSON
      </button>
      <span role="status" className="share-bar__status">
        {copied === 'copied' ? 'Link copied. It opens this view, and says so if the data has changed since.' : null}
      </span>
      {copied === 'failed' ? (
        <label className="share-bar__fallback">
          Copy this link: <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      ) : null}
    </div>
  );
}
