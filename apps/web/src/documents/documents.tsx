// The document library's shared parts: paths, sizes, the folder tree, uploads with progress per
// file (XMLHttpRequest: fetch reports no upload progress), and the network page's "Dokument" section.
import { type DragEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ApiError, type Schemas, api, isAborted, postMultipart, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { formatNumber } from '../shared/formats';
import { Link } from '../shared/router';
import { ErrorMessage, Loading, useErrorText } from '../shared/ui';
import { useHubQuery } from '../shared/query';

import { documentPath, kindLabel } from './document-links';

export { documentPath, downloadUrl, kindLabel } from './document-links';

export type Library = Schemas['LibraryDto'];
export type LibraryDocument = Schemas['DocumentDto'];
export type DocumentDetail = Schemas['DocumentDetailDto'];
export type Folder = Schemas['FolderDto'];
export type Version = Schemas['VersionDto'];
type Network = Schemas['NetworkDto'];

/** Kinds the hub previews in the browser (`disposition=inline`). */
export const PREVIEW_KINDS = new Set(['pdf', 'png', 'jpg']);
export const IMAGE_KINDS = new Set(['png', 'jpg']);

/** The library's own query: mapp (folder id or "rot"), tagg, q, visa=papperskorg. */
export interface LibraryParams {
  mapp?: string | null;
  tagg?: string | null;
  q?: string | null;
  visa?: 'papperskorg' | null;
}

export function libraryPath(slug: string, params: LibraryParams = {}): string {
  const query = new URLSearchParams();
  if (params.visa) query.set('visa', params.visa);
  if (params.mapp) query.set('mapp', params.mapp);
  if (params.tagg) query.set('tagg', params.tagg);
  if (params.q) query.set('q', params.q);
  const s = query.toString();
  return `/natverk/${encodeURIComponent(slug)}/dokument${s ? `?${s}` : ''}`;
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** Sizes and numbers in the current language: "1,2 MB", "2 048 MB", "836 byte". */
export function useFormat(): { bytes(n: number): string; megabytes(n: number): string; number(n: number): string } {
  const { lang, t } = useI18n();
  return useMemo(() => {
    const one = (n: number): string => formatNumber(lang, n, 1);
    const whole = (n: number): string => formatNumber(lang, n, 0);
    return {
      bytes: (n) => {
        if (n < KIB) return t('docs.bytes', { n: whole(n) });
        if (n < MIB) return `${one(n / KIB)} kB`;
        return `${one(n / MIB)} MB`;
      },
      megabytes: (n) => `${whole(Math.round(n / MIB))} MB`,
      number: (n) => whole(n),
    };
  }, [lang, t]);
}

export interface FolderNode {
  folder: Folder;
  depth: number;
  /** "Protokoll / 2026": names from the top. */
  path: string;
  children: FolderNode[];
}

/** Folders as a tree (by parentId), sorted by name in Swedish; a folder whose parent is gone is shown at the top. */
export function folderTree(folders: readonly Folder[]): FolderNode[] {
  const byParent = new Map<string | null, Folder[]>();
  const ids = new Set(folders.map((f) => f.id));
  for (const f of folders) {
    const parent = f.parentId !== null && ids.has(f.parentId) ? f.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), f]);
  }
  const build = (parent: string | null, depth: number, prefix: string, seen: Set<string>): FolderNode[] =>
    (byParent.get(parent) ?? [])
      .filter((f) => !seen.has(f.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((f) => {
        const path = prefix ? `${prefix} / ${f.name}` : f.name;
        return { folder: f, depth, path, children: build(f.id, depth + 1, path, new Set([...seen, f.id])) };
      });
  return build(null, 0, '', new Set());
}

/** The tree in display order, for select options ("Protokoll / 2026"). */
export function flatFolders(tree: readonly FolderNode[]): FolderNode[] {
  return tree.flatMap((node) => [node, ...flatFolders(node.children)]);
}

/** Options for choosing a folder: the top level first, then every folder by its path. */
export function useFolderOptions(folders: readonly Folder[]): Array<{ value: string; label: string }> {
  const { t } = useI18n();
  return useMemo(
    () => [
      { value: '', label: t('docs.topLevel') },
      ...flatFolders(folderTree(folders)).map((n) => ({ value: n.folder.id, label: n.path })),
    ],
    [folders, t],
  );
}

/** A small note when the text of the file could not be read (it is then not found by search). */
export function ExtractionNote({ document: doc }: { document: Pick<LibraryDocument, 'extraction'> }): ReactNode {
  const { t } = useI18n();
  if (doc.extraction.status !== 'failed') return null;
  return (
    <p className="doc-note">
      {t('docs.extractionFailed')}
      {doc.extraction.reason ? `: ${doc.extraction.reason}` : ''}
    </p>
  );
}

export function TagList({ tags, linkTo }: { tags: readonly string[]; linkTo?: (tag: string) => string }): ReactNode {
  const { t } = useI18n();
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('docs.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {linkTo ? (
            <Link to={linkTo(tag)} aria-label={t('docs.filterByTag', { tag })}>
              {tag}
            </Link>
          ) : (
            tag
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A message for the next library page (after a document was moved to the waste bin from its own
 * page): read when the page first renders, cleared once it is on screen.
 */
let flash = '';
export function setFlash(text: string): void {
  flash = text;
}
export function peekFlash(): string {
  return flash;
}
export function clearFlash(): void {
  flash = '';
}

// Uploads ---------------------------------------------------------------------------------------

type UploadState = 'waiting' | 'uploading' | 'checking' | 'done' | 'failed' | 'cancelled';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  state: UploadState;
  /** 0–100 */
  percent: number;
  error: unknown;
  result: DocumentDetail | null;
}

interface UploadJob {
  key: string;
  file: File;
  abort: AbortController;
}

/** At most this many files travel at once; the rest wait their turn. */
const PARALLEL = 3;
let nextKey = 0;

export interface UploadQueue {
  items: UploadItem[];
  /** Polite summary of the last batch (for a role="status" region). */
  summary: string;
  busy: boolean;
  add(files: readonly File[], fields: Record<string, string>): void;
  cancel(key: string): void;
  clear(): void;
}

/**
 * Uploads files to `url` (multipart, the file in `file`, plus `fields`), several at once, each with
 * its own progress and outcome. `onUploaded` is called for each file the hub kept.
 */
export function useUploadQueue(url: string, maxFileBytes: number, onUploaded: (doc: DocumentDetail) => void): UploadQueue {
  const { t, tn } = useI18n();
  const format = useFormat();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [summary, setSummary] = useState('');
  const jobs = useRef(new Map<string, UploadJob>());
  const latest = useRef(onUploaded);
  useEffect(() => {
    latest.current = onUploaded;
  });
  // Leaving the page stops what is still on its way.
  useEffect(() => {
    const all = jobs.current;
    return () => {
      for (const job of all.values()) job.abort.abort();
    };
  }, []);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((prev) => prev.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const add = useCallback(
    (files: readonly File[], fields: Record<string, string>) => {
      if (files.length === 0) return;
      const batch: UploadJob[] = files.map((file) => ({ key: `u${++nextKey}`, file, abort: new AbortController() }));
      for (const job of batch) jobs.current.set(job.key, job);
      setSummary('');
      setItems((prev) => [
        ...prev,
        ...batch.map((job): UploadItem => ({
          key: job.key,
          name: job.file.name,
          size: job.file.size,
          state: 'waiting',
          percent: 0,
          error: null,
          result: null,
        })),
      ]);
      const outcomes: Array<{ name: string; ok: boolean | null }> = [];
      const one = async (job: UploadJob): Promise<void> => {
        if (job.abort.signal.aborted) {
          outcomes.push({ name: job.file.name, ok: null });
          return;
        }
        if (job.file.size > maxFileBytes) {
          // Refused here, so megabytes are not sent only to be refused by the hub.
          const detail = t('docs.tooLarge', { max: format.megabytes(maxFileBytes) });
          update(job.key, {
            state: 'failed',
            error: new ApiError({ type: 'about:blank', title: '', status: 413, detail, code: 'payload-too-large' }),
          });
          outcomes.push({ name: job.file.name, ok: false });
          return;
        }
        update(job.key, { state: 'uploading' });
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
        // The file goes last: the hub reads the other fields before it streams the file.
        form.append('file', job.file, job.file.name);
        try {
          const doc = await postMultipart<DocumentDetail>(url, form, {
            signal: job.abort.signal,
            onProgress: (sent, total) => {
              const percent = total > 0 ? Math.min(100, Math.round((sent / total) * 100)) : 0;
              update(job.key, { percent, state: sent >= total ? 'checking' : 'uploading' });
            },
          });
          update(job.key, { state: 'done', percent: 100, result: doc });
          outcomes.push({ name: job.file.name, ok: true });
          latest.current(doc);
        } catch (err) {
          if (isAborted(err)) {
            update(job.key, { state: 'cancelled' });
            outcomes.push({ name: job.file.name, ok: null });
          } else {
            update(job.key, { state: 'failed', error: err });
            outcomes.push({ name: job.file.name, ok: false });
          }
        } finally {
          jobs.current.delete(job.key);
        }
      };
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < batch.length) {
          const job = batch[next++];
          if (job) await one(job);
        }
      };
      void Promise.all(Array.from({ length: Math.min(PARALLEL, batch.length) }, worker)).then(() => {
        const done = outcomes.filter((o) => o.ok === true).length;
        const failed = outcomes.filter((o) => o.ok === false).map((o) => o.name);
        const parts = [tn('docs.batchDone', outcomes.length, { done })];
        if (failed.length > 0) parts.push(t('docs.batchFailed', { names: failed.join(', ') }));
        setSummary(parts.join(' '));
      });
    },
    [url, maxFileBytes, t, tn, format, update],
  );

  const cancel = useCallback((key: string) => {
    jobs.current.get(key)?.abort.abort();
  }, []);
  const clear = useCallback(
    () => setItems((prev) => prev.filter((i) => i.state === 'waiting' || i.state === 'uploading' || i.state === 'checking')),
    [],
  );
  const busy = items.some((i) => i.state === 'waiting' || i.state === 'uploading' || i.state === 'checking');
  return { items, summary, busy, add, cancel, clear };
}

function UploadRow({ item, onCancel }: { item: UploadItem; onCancel(): void }): ReactNode {
  const { t } = useI18n();
  const errorText = useErrorText();
  const format = useFormat();
  const id = useId();
  const running = item.state === 'waiting' || item.state === 'uploading' || item.state === 'checking';
  const stateText: Record<UploadState, string> = {
    waiting: t('docs.upload.waiting'),
    uploading: t('docs.upload.uploading', { pct: item.percent }),
    checking: t('docs.upload.checking'),
    done: t('docs.upload.done'),
    failed: t('docs.upload.failed'),
    cancelled: t('docs.upload.cancelled'),
  };
  return (
    <li className={`upload-row upload-${item.state}`}>
      <p className="upload-name">
        <span id={`${id}-name`}>{item.name}</span> <span className="count">({format.bytes(item.size)})</span>
      </p>
      {/* An indeterminate bar while the hub checks the file, a full one when it is done. */}
      <progress
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-state`}
        max={100}
        value={item.state === 'checking' ? undefined : item.state === 'done' || item.state === 'uploading' ? item.percent : 0}
      />
      <p id={`${id}-state`} className="upload-state">
        {stateText[item.state]}
        {item.state === 'done' && item.result && (
          <>
            {' '}
            <Link to={documentPath(item.result.id)}>{t('docs.upload.open', { title: item.result.title })}</Link>
          </>
        )}
      </p>
      {item.state === 'failed' && <p className="field-error">{errorText(item.error)}</p>}
      {running && (
        <button type="button" className="button small" onClick={onCancel}>
          {t('common.cancel')}
          <span className="visually-hidden"> {item.name}</span>
        </button>
      )}
    </li>
  );
}

/** The rows of a queue, with their summary in a polite live region (always in the DOM). */
export function UploadList({ queue }: { queue: UploadQueue }): ReactNode {
  const { t } = useI18n();
  const finished = queue.items.some((i) => i.state === 'done' || i.state === 'failed' || i.state === 'cancelled');
  return (
    <>
      {queue.items.length > 0 && (
        <ul className="upload-list" aria-label={t('docs.upload.list')}>
          {queue.items.map((item) => (
            <UploadRow key={item.key} item={item} onCancel={() => queue.cancel(item.key)} />
          ))}
        </ul>
      )}
      <div role="status" className={queue.summary ? 'message message-ok' : 'visually-hidden'}>
        {queue.summary}
      </div>
      {finished && !queue.busy && (
        <p>
          <button type="button" className="button small" onClick={queue.clear}>
            {t('docs.upload.clear')}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * A file input (several files) inside a zone that also takes dropped files. The input is the
 * keyboard way in (Tab, then Space or Enter); dropping is the same action for a mouse.
 */
export function FileDrop({
  label,
  hint,
  accept,
  multiple = true,
  onFiles,
}: {
  label: string;
  hint: ReactNode;
  accept: string;
  multiple?: boolean;
  onFiles(files: File[]): void;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <input
        id={id}
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared, so choosing the same file again is a change too.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p className="drop-text" aria-hidden="true">
        {multiple ? t('docs.upload.dropMany') : t('docs.upload.dropOne')}
      </p>
    </div>
  );
}

/** "Tillåtna filtyper: … Högst 50 MB per fil." */
export function AllowedText({ extensions, maxFileBytes }: { extensions: readonly string[]; maxFileBytes: number }): ReactNode {
  const { t } = useI18n();
  const format = useFormat();
  return <>{t('docs.allowed', { types: extensions.join(', '), max: format.megabytes(maxFileBytes) })}</>;
}

export function acceptAttribute(extensions: readonly string[]): string {
  return extensions.map((e) => `.${e}`).join(',');
}

// The network page's section ---------------------------------------------------------------------

const RECENT = 5;

/** "Dokument" on the network page: the newest few and a way into the library. */
export function NetworkDocuments({ network }: { network: Network }): ReactNode {
  const { t, dateTime } = useI18n();
  const visible = network.coverage !== null && network.coverage !== undefined;
  const recent = useHubQuery(['/api/v1/networks/{id}/documents', network.id, visible, 'recent'], () =>
      visible
        ? unwrap(api.GET('/api/v1/networks/{id}/documents', { params: { path: { id: network.id }, query: { limit: RECENT } } }))
        : Promise.resolve(null));
  const docs = recent.data?.documents ?? [];
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('docs.title')}</h2>
      {!visible && <p className="message">{t('docs.membersOnly')}</p>}
      {visible && (
        <>
          <ErrorMessage error={recent.error} />
          {recent.loading && !recent.data && <Loading />}
          {recent.data && docs.length === 0 && <p className="empty">{t('docs.emptyNetwork')}</p>}
          {docs.length > 0 && (
            <>
              <h3>{t('docs.recent')}</h3>
              <ul className="list doc-recent">
                {docs.map((d) => (
                  <li key={d.id}>
                    <Link to={documentPath(d.id)}>{d.title}</Link> <span className="badge">{kindLabel(d.kind)}</span>{' '}
                    <span className="meta-inline">{dateTime(d.updatedAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to={libraryPath(network.slug)} className="button">
              {t('docs.openLibrary')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
