/**
 * The picture to download: its size (as the view is shown, or a square or wide
 * picture for social posts), a transparent background, and SVG or PNG. What it
 * holds is the view's (viewPicture); this only asks how.
 */
import { useId, useState } from 'react';
import type { PictureFormat } from '../../core/picture/picture.ts';
import { useShareMessages } from './shareMessages.ts';

export interface DownloadChoice {
  format: PictureFormat;
  transparent: boolean;
  file: 'svg' | 'png';
}

const SIZES = ['page', 'square', 'wide'] as const satisfies readonly PictureFormat[];

export function DownloadOptions({ id, onDownload }: { id: string; onDownload: (choice: DownloadChoice) => void }) {
  const shareText = useShareMessages();
  const name = useId();
  const [format, setFormat] = useState<PictureFormat>('page');
  const [transparent, setTransparent] = useState(false);
  return (
    <div id={id} className="download-options">
      <fieldset>
        <legend>{shareText.size}</legend>
        {SIZES.map((size) => (
          <label key={size}>
            <input type="radio" name={name} value={size} checked={format === size} onChange={() => setFormat(size)} />{' '}
            {shareText.sizes[size]}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.currentTarget.checked)} /> {shareText.transparent}
      </label>
      <div className="download-buttons">
        {(['svg', 'png'] as const).map((file) => (
          <button key={file} type="button" onClick={() => onDownload({ format, transparent, file })}>
            {shareText.download(file.toUpperCase())}
          </button>
        ))}
      </div>
    </div>
  );
}
