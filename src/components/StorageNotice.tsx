// The storage notices of the page (src/quiz/storage.ts: data set aside because it was
// unreadable, writes refused by the browser), in French, each with the copy to download when
// there is one and a button to close it. Errors are announced at once (role="alert"), warnings
// politely (role="status"). Text only: a notice never renders HTML.
import { useStore } from '@nanostores/preact';
import { dismissNotice, storageNotices } from '../quiz/storage';
import { downloadText } from './cards/download';
import '../styles/storage-notice.css';

export default function StorageNotice() {
  const notices = useStore(storageNotices);
  const errors = notices.filter((n) => n.level === 'error');
  const warnings = notices.filter((n) => n.level !== 'error');
  const render = (list: typeof notices) =>
    list.map((n) => (
      <div class={`storage-notice storage-notice--${n.level}`} key={n.id}>
        <p>
          <strong>{n.level === 'error' ? 'Données illisibles : ' : 'Attention : '}</strong>
          {n.message}
        </p>
        <div class="storage-notice-actions">
          {n.download && (
            <button type="button" onClick={() => downloadText(n.download!.filename, n.download!.content, n.download!.type)}>
              Télécharger la copie
            </button>
          )}
          <button type="button" onClick={() => dismissNotice(n.id)}>
            Fermer<span class="sr-only"> cet avertissement</span>
          </button>
        </div>
      </div>
    ));
  return (
    <div class="storage-notices" data-pagefind-ignore>
      <div role="alert">{render(errors)}</div>
      <div role="status">{render(warnings)}</div>
    </div>
  );
}
