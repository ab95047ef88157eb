// /natverk/:slug/dokument: a network's library. Folder tree, filters (tagg, q) and "Visa fler" live
// in the query string; uploads with progress per file; the waste bin (?visa=papperskorg) for
// coordinators and the secretariat. Live: `document.changed` in the network reloads the list.
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { api, unwrap } from '../api/client';
import {
  AllowedText,
  ExtractionNote,
  FileDrop,
  type Library,
  type LibraryDocument,
  type LibraryParams,
  TagList,
  UploadList,
  acceptAttribute,
  documentPath,
  kindLabel,
  libraryPath,
  clearFlash,
  peekFlash,
  useFolderOptions,
  useFormat,
  useUploadQueue,
} from './documents';
import { useI18n } from '../shared/i18n';
import { useHubEvents, useRealtime } from '../shared/realtime';
import { Link, navigate, useSearchParam } from '../shared/router';
import { ErrorMessage, Loading, Page, SelectField, Status, TableRegion, TextField } from '../shared/ui';
import { useHubQuery } from '../shared/query';
import { networkRead } from '../shared/reads';
import { FolderTree, ManageFolder, NewFolder, QueryLink, ROOT } from './folders';

const PAGE = 25;
function Usage({ library }: { library: Library }): ReactNode {
  const { t } = useI18n();
  const format = useFormat();
  const id = useId();
  const { usedBytes, quotaBytes } = library.usage;
  return (
    <div className="usage">
      <label htmlFor={id}>{t('docs.usage', { used: format.bytes(usedBytes), quota: format.megabytes(quotaBytes) })}</label>
      <meter
        id={id}
        min={0}
        max={quotaBytes}
        value={Math.min(usedBytes, quotaBytes)}
        low={quotaBytes * 0.75}
        high={quotaBytes * 0.9}
        optimum={0}
      />
    </div>
  );
}

function Upload({ slug, library, folder, onUploaded }: { slug: string; library: Library; folder: string; onUploaded(): void }): ReactNode {
  const { t } = useI18n();
  const options = useFolderOptions(library.folders);
  const [folderId, setFolderId] = useState(folder);
  const [tags, setTags] = useState('');
  useEffect(() => setFolderId(folder), [folder]);
  const queue = useUploadQueue(`/api/v1/networks/${encodeURIComponent(slug)}/documents`, library.usage.maxFileBytes, onUploaded);
  return (
    <section aria-labelledby="upload-heading" className="card upload">
      <h2 id="upload-heading">{t('docs.upload.title')}</h2>
      <div className="form-pair">
        <SelectField label={t('docs.upload.folder')} value={folderId} onChange={setFolderId} options={options} />
        <TextField label={t('docs.upload.tags')} hint={t('docs.tagsHint')} value={tags} onChange={setTags} />
      </div>
      <FileDrop
        label={t('docs.upload.choose')}
        hint={<AllowedText extensions={library.allowedExtensions} maxFileBytes={library.usage.maxFileBytes} />}
        accept={acceptAttribute(library.allowedExtensions)}
        onFiles={(files) => queue.add(files, { folderId, tags })}
      />
      <UploadList queue={queue} />
    </section>
  );
}

function Filters({ slug, params, library }: { slug: string; params: LibraryParams; library: Library }): ReactNode {
  const { t } = useI18n();
  const [text, setText] = useState(params.q ?? '');
  useEffect(() => setText(params.q ?? ''), [params.q]);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    navigate(libraryPath(slug, { ...params, q: text.trim() || null }), { keepFocus: true });
  };
  const tagOptions = [
    { value: '', label: t('docs.allTags') },
    ...library.tags.map((tag) => ({ value: tag.tag, label: `${tag.tag} (${tag.count})` })),
  ];
  // A tag chosen by a link that no longer has documents still shows as chosen.
  if (params.tagg && !library.tags.some((tag) => tag.tag === params.tagg)) tagOptions.push({ value: params.tagg, label: params.tagg });
  const filtered = Boolean(params.q || params.tagg);
  return (
    <form role="search" aria-label={t('docs.filter')} className="filters doc-filters" onSubmit={submit}>
      <TextField type="search" label={t('docs.q')} value={text} onChange={setText} name="q" />
      {library.tags.length > 0 || params.tagg ? (
        <SelectField
          label={t('docs.tag')}
          value={params.tagg ?? ''}
          onChange={(v) => navigate(libraryPath(slug, { ...params, tagg: v || null }), { keepFocus: true })}
          options={tagOptions}
        />
      ) : null}
      <div className="actions filter-actions">
        <button type="submit" className="button">
          {t('docs.filterButton')}
        </button>
        {filtered && (
          <QueryLink to={libraryPath(slug, { mapp: params.mapp, visa: params.visa })} className="button">
            {t('docs.clearFilters')}
          </QueryLink>
        )}
      </div>
    </form>
  );
}

function DocumentRows({ slug, documents }: { slug: string; documents: LibraryDocument[] }): ReactNode {
  const { t, dateTime } = useI18n();
  const format = useFormat();
  return (
    <>
      {documents.map((d) => (
        <tr key={d.id}>
          <td data-label={t('docs.col.type')}>
            <span className="badge">{kindLabel(d.kind)}</span>
          </td>
          <th scope="row">
            <Link to={documentPath(d.id)} id={`doc-${d.id}`}>
              {d.title}
            </Link>
            <ExtractionNote document={d} />
          </th>
          <td className="nowrap" data-label={t('docs.col.size')}>
            {format.bytes(d.size)}
          </td>
          <td data-label={t('docs.col.date')}>
            <time dateTime={d.updatedAt}>{dateTime(d.updatedAt)}</time>
          </td>
          <td data-label={t('docs.col.uploader')}>
            {d.uploadedBy ? <Link to={`/personer/${d.uploadedBy.id}`}>{d.uploadedBy.name}</Link> : t('docs.unknownPerson')}
          </td>
          <td data-label={t('docs.col.tags')} className={d.tags.length === 0 ? 'stack-hide' : undefined}>
            <TagList tags={d.tags} linkTo={(tag) => libraryPath(slug, { tagg: tag })} />
          </td>
        </tr>
      ))}
    </>
  );
}

function BinRows({ documents, onRestore }: { documents: LibraryDocument[]; onRestore(d: LibraryDocument): void }): ReactNode {
  const { t, dateTime } = useI18n();
  const format = useFormat();
  return (
    <>
      {documents.map((d) => (
        <tr key={d.id}>
          <td data-label={t('docs.col.type')}>
            <span className="badge">{kindLabel(d.kind)}</span>
          </td>
          <th scope="row" id={`doc-${d.id}`} tabIndex={-1}>
            {d.title}
          </th>
          <td className="nowrap" data-label={t('docs.col.size')}>
            {format.bytes(d.size)}
          </td>
          <td data-label={t('docs.col.deleted')}>{d.deletedAt && <time dateTime={d.deletedAt}>{dateTime(d.deletedAt)}</time>}</td>
          <td data-label={t('docs.col.purge')}>{d.purgeAt && <time dateTime={d.purgeAt}>{dateTime(d.purgeAt)}</time>}</td>
          <td>
            <button type="button" className="button small" onClick={() => onRestore(d)}>
              {t('docs.restore')}
              <span className="visually-hidden"> {d.title}</span>
            </button>
          </td>
        </tr>
      ))}
    </>
  );
}

interface Loaded {
  key: string;
  library: Library;
}

export function LibraryPage({ slug }: { slug: string }): ReactNode {
  const { t, tn } = useI18n();
  const { watch } = useRealtime();
  const mapp = useSearchParam('mapp');
  const tagg = useSearchParam('tagg');
  const q = useSearchParam('q');
  const trash = useSearchParam('visa') === 'papperskorg';
  const params: LibraryParams = { mapp, tagg, q, visa: trash ? 'papperskorg' : null };
  const read = networkRead(slug);
  const network = useHubQuery(read.key, read.load);
  const n = network.data;

  const key = JSON.stringify([slug, mapp, tagg, q, trash]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const [status, setStatus] = useState(peekFlash);
  useEffect(clearFlash, []);
  const [actionError, setActionError] = useState<unknown>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // How many are shown, so a live reload keeps what "Visa fler" added.
  const shown = useRef(PAGE);

  const query = useCallback(
    (limit: number, cursor?: string) => ({
      ...(mapp ? { folder: mapp === ROOT ? 'root' : mapp } : {}),
      ...(tagg ? { tag: tagg } : {}),
      ...(q ? { q } : {}),
      ...(trash ? { deleted: 'true' as const } : {}),
      limit,
      ...(cursor ? { cursor } : {}),
    }),
    [mapp, tagg, q, trash],
  );

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    const sameList = loaded?.key === key;
    if (!sameList) shown.current = PAGE;
    unwrap(
      api.GET('/api/v1/networks/{id}/documents', {
        params: { path: { id: slug }, query: query(Math.min(200, Math.max(PAGE, shown.current))) },
      }),
    ).then(
      (library) => {
        if (!live) return;
        setLoaded({ key, library });
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // `loaded` is read only to tell a reload from a new list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick, slug, query]);

  const reload = useCallback(() => setTick((x) => x + 1), []);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // Several changes in a row (a batch of uploads) make one request.
  useHubEvents(['document.changed'], (event) => {
    if (!n || event.networkId !== n.id) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(reload, 250);
  });
  const canSee = n ? n.coverage !== null : false;
  useEffect(() => {
    if (n && canSee && n.myRole === null) return watch(n.id);
    return undefined;
  }, [n, canSee, watch]);

  // After "Visa fler", focus goes to the first new document.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`doc-${focusId}`)?.focus();
    setFocusId(null);
  }, [focusId, loaded]);

  // While another folder or filter loads, the previous list stays (focus stays on the link chosen).
  const library = loaded?.library ?? null;
  const current = loaded?.key === key;
  const [more, setMore] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const showMore = async (): Promise<void> => {
    if (!library?.nextCursor || !current || more.busy) return;
    setMore({ busy: true, error: null });
    try {
      const next = await unwrap(
        api.GET('/api/v1/networks/{id}/documents', { params: { path: { id: slug }, query: query(PAGE, library.nextCursor) } }),
      );
      const known = new Set(library.documents.map((d) => d.id));
      const fresh = next.documents.filter((d) => !known.has(d.id));
      const documents = [...library.documents, ...fresh];
      shown.current = documents.length;
      setLoaded({ key, library: { ...next, documents } });
      setStatus(tn('docs.moreLoaded', fresh.length));
      if (fresh[0]) setFocusId(fresh[0].id);
      setMore({ busy: false, error: null });
    } catch (err) {
      setMore({ busy: false, error: err });
    }
  };

  const restore = async (d: LibraryDocument): Promise<void> => {
    setActionError(null);
    try {
      await unwrap(api.POST('/api/v1/documents/{id}/restore', { params: { path: { id: d.id } } }));
      setStatus(t('docs.restored', { title: d.title }));
      reload();
      document.getElementById('list-heading')?.focus();
    } catch (err) {
      setActionError(err);
    }
  };

  const name = n?.name ?? '';
  const title = name ? t('docs.pageTitle', { name }) : t('docs.title');
  const folder = mapp && mapp !== ROOT ? library?.folders.find((f) => f.id === mapp) : undefined;
  const listHeading = trash
    ? t('docs.bin')
    : mapp === ROOT
      ? t('docs.topLevel')
      : folder
        ? t('docs.inFolder', { name: folder.name })
        : t('docs.all');
  const filtered = Boolean(q || tagg);
  const docs = library?.documents ?? [];

  let empty = '';
  if (library && docs.length === 0) {
    if (trash) empty = t('docs.binEmpty');
    else if (filtered) empty = t('docs.noMatch');
    else if (mapp) empty = t('docs.folderEmpty');
    else empty = t('docs.emptyLibrary');
  }

  return (
    <Page title={title} heading={name ? t('docs.heading', { name }) : t('docs.title')}>
      <p className="breadcrumb">
        <Link to={`/natverk/${encodeURIComponent(slug)}`}>{name ? t('docs.backToNetwork', { name }) : t('network.back')}</Link>
      </p>
      {name && <p className="lead">{t('docs.intro')}</p>}
      {(network.loading || loading) && !library && <Loading />}
      <ErrorMessage error={network.error ?? error} />
      {library && (
        <>
          {library.canModerate && (
            <nav aria-label={t('docs.views')} className="tabs">
              <ul>
                <li>
                  <QueryLink to={libraryPath(slug)} current={!trash} className="tab">
                    {t('docs.libraryTab')}
                  </QueryLink>
                </li>
                <li>
                  <QueryLink to={libraryPath(slug, { visa: 'papperskorg' })} current={trash} className="tab">
                    {t('docs.bin')}
                  </QueryLink>
                </li>
              </ul>
            </nav>
          )}
          <Status>{status}</Status>
          <ErrorMessage error={actionError} />
          <div className={trash ? 'library-bin' : 'library-layout'}>
            {!trash && (
              <div className="library-side">
                <FolderTree slug={slug} params={params} library={library} />
                {library.canUpload && (
                  <NewFolder
                    slug={slug}
                    library={library}
                    parent={folder?.id ?? ''}
                    onCreated={(folderName) => {
                      setStatus(t('docs.folderCreated', { name: folderName }));
                      reload();
                    }}
                  />
                )}
                {folder?.canEdit && (
                  <ManageFolder
                    folder={folder}
                    library={library}
                    onDone={(text, deleted) => {
                      setStatus(text);
                      if (deleted) {
                        navigate(libraryPath(slug, { tagg, q }), { keepFocus: true });
                        window.setTimeout(() => document.getElementById('list-heading')?.focus(), 0);
                      } else reload();
                    }}
                  />
                )}
              </div>
            )}
            <div className="library-main">
              <Usage library={library} />
              {trash && <p>{t('docs.binIntro')}</p>}
              {!trash && library.canUpload && <Upload slug={slug} library={library} folder={folder?.id ?? ''} onUploaded={reload} />}
              {!trash && !library.canUpload && <p className="message">{t('docs.readOnly')}</p>}
              <Filters slug={slug} params={params} library={library} />
              <h2 id="list-heading" tabIndex={-1}>
                {listHeading}
                {tagg && <span className="count"> · {t('docs.taggedWith', { tag: tagg })}</span>}
              </h2>
              <p role="status" className="result-count">
                {loading ? '' : library.nextCursor ? tn('docs.countMore', docs.length) : tn('docs.count', docs.length)}
              </p>
              {empty && (
                <div className="empty-state">
                  <p>{empty}</p>
                  {filtered && !trash && (
                    <p>
                      <QueryLink to={libraryPath(slug, { mapp })}>{t('docs.clearFilters')}</QueryLink>
                    </p>
                  )}
                </div>
              )}
              {docs.length > 0 && (
                <TableRegion labelledBy="list-heading">
                  <table className="doc-table stack-table">
                    <caption className="visually-hidden">{listHeading}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('docs.col.type')}</th>
                        <th scope="col">{t('docs.col.title')}</th>
                        <th scope="col">{t('docs.col.size')}</th>
                        {trash ? (
                          <>
                            <th scope="col">{t('docs.col.deleted')}</th>
                            <th scope="col">{t('docs.col.purge')}</th>
                            <th scope="col">{t('docs.col.actions')}</th>
                          </>
                        ) : (
                          <>
                            <th scope="col">{t('docs.col.date')}</th>
                            <th scope="col">{t('docs.col.uploader')}</th>
                            <th scope="col">{t('docs.col.tags')}</th>
                          </>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {trash ? (
                        <BinRows documents={docs} onRestore={(d) => void restore(d)} />
                      ) : (
                        <DocumentRows slug={slug} documents={docs} />
                      )}
                    </tbody>
                  </table>
                </TableRegion>
              )}
              <ErrorMessage error={more.error} />
              {library.nextCursor && (
                <p>
                  <button type="button" className="button" aria-disabled={more.busy || undefined} onClick={() => void showMore()}>
                    {t('docs.showMore')}
                  </button>
                </p>
              )}
            </div>
          </div>
        </>
      )}
    </Page>
  );
}
