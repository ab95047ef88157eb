// /dokument/:id: one document. Facts, download, a preview of PDFs and images served by the hub
// (inline responses carry their own sandbox CSP), edit and delete for its uploader and the
// coordinators, the version history with downloads and restore, and a new version with progress.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { api, isAborted, postMultipart, unwrap } from '../api/client';
import {
  AllowedText,
  type DocumentDetail,
  ExtractionNote,
  FileDrop,
  IMAGE_KINDS,
  type Library,
  PREVIEW_KINDS,
  TagList,
  type Version,
  acceptAttribute,
  downloadUrl,
  kindLabel,
  libraryPath,
  setFlash,
  useFolderOptions,
  useFormat,
} from './documents';
import { useI18n } from '../shared/i18n';
import { Link, navigate } from '../shared/router';
import { ConfirmButton, ErrorMessage, Loading, Page, SelectField, Status, TableRegion, TextField, fieldError } from '../shared/ui';
import { useHubQuery } from '../shared/query';

function Preview({ doc }: { doc: DocumentDetail }): ReactNode {
  const { t } = useI18n();
  if (!PREVIEW_KINDS.has(doc.kind)) {
    return (
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('doc.preview')}</h2>
        <p className="empty">{t('doc.noPreview')}</p>
      </section>
    );
  }
  // The version in the address: a new version changes the address, so the preview follows it.
  const src = downloadUrl(doc.id, { inline: true, version: doc.version });
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('doc.preview')}</h2>
      {IMAGE_KINDS.has(doc.kind) ? (
        <img className="doc-image" src={src} alt={t('doc.imageAlt', { title: doc.title })} />
      ) : (
        <iframe className="doc-frame" src={src} title={t('doc.pdfTitle', { title: doc.title })} />
      )}
    </section>
  );
}

function EditDocument({
  doc,
  library,
  onSaved,
}: {
  doc: DocumentDetail;
  library: Library | undefined;
  onSaved(d: DocumentDetail): void;
}): ReactNode {
  const { t } = useI18n();
  const options = useFolderOptions(library?.folders ?? []);
  const [values, setValues] = useState({ title: doc.title, tags: doc.tags.join(', '), folderId: doc.folderId ?? '' });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const tags = values.tags
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const saved = await unwrap(
        api.PATCH('/api/v1/documents/{id}', {
          params: { path: { id: doc.id } },
          body: { title: values.title.trim(), tags, folderId: values.folderId || null },
        }),
      );
      onSaved(saved);
      setValues({ title: saved.title, tags: saved.tags.join(', '), folderId: saved.folderId ?? '' });
      setStatus(t('common.saved'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="card">
      <summary>{t('doc.edit')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('doc.edit')}>
        <ErrorMessage error={error} shownFields={['title', 'tags', 'folderId']} />
        <TextField
          label={t('doc.field.title')}
          value={values.title}
          onChange={(title) => setValues({ ...values, title })}
          required
          error={fieldError(error, 'title')}
        />
        <TextField
          label={t('docs.col.tags')}
          hint={t('docs.tagsHint')}
          value={values.tags}
          onChange={(tags) => setValues({ ...values, tags })}
          error={fieldError(error, 'tags')}
        />
        <SelectField
          label={t('doc.field.folder')}
          value={values.folderId}
          onChange={(folderId) => setValues({ ...values, folderId })}
          options={options}
          error={fieldError(error, 'folderId')}
        />
        <button type="submit" className="button primary">
          {t('common.save')}
        </button>
      </form>
      <Status>{status}</Status>
    </details>
  );
}

function NewVersion({
  doc,
  library,
  onUploaded,
}: {
  doc: DocumentDetail;
  library: Library | undefined;
  onUploaded(d: DocumentDetail): void;
}): ReactNode {
  const { t } = useI18n();
  const format = useFormat();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'checking'>('idle');
  const [percent, setPercent] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [fileError, setFileError] = useState('');
  const [status, setStatus] = useState('');
  const [abort, setAbort] = useState<AbortController | null>(null);
  const maxBytes = library?.usage.maxFileBytes ?? Number.MAX_SAFE_INTEGER;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (phase !== 'idle') return;
    setError(null);
    setStatus('');
    if (!file) {
      setFileError(t('doc.version.noFile'));
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    if (file.size > maxBytes) {
      setFileError(t('docs.tooLarge', { max: format.megabytes(maxBytes) }));
      return;
    }
    setFileError('');
    const form = new FormData();
    if (note.trim()) form.append('note', note.trim());
    form.append('file', file, file.name);
    const controller = new AbortController();
    setAbort(controller);
    setPercent(0);
    setPhase('uploading');
    try {
      const saved = await postMultipart<DocumentDetail>(`/api/v1/documents/${doc.id}/versions`, form, {
        signal: controller.signal,
        onProgress: (sent, total) => {
          setPercent(total > 0 ? Math.min(100, Math.round((sent / total) * 100)) : 0);
          if (sent >= total) setPhase('checking');
        },
      });
      setFile(null);
      setNote('');
      onUploaded(saved);
      setStatus(t('doc.version.saved', { number: saved.version }));
    } catch (err) {
      if (!isAborted(err)) setError(err);
    } finally {
      setPhase('idle');
      setAbort(null);
    }
  };

  return (
    <details className="card">
      <summary>{t('doc.version.new')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('doc.version.new')}>
        <ErrorMessage error={error} shownFields={['file', 'note']} />
        <div id={`${id}-file`} tabIndex={-1}>
          <FileDrop
            label={t('doc.version.file')}
            hint={library ? <AllowedText extensions={library.allowedExtensions} maxFileBytes={library.usage.maxFileBytes} /> : ''}
            accept={library ? acceptAttribute(library.allowedExtensions) : ''}
            multiple={false}
            onFiles={(files) => {
              setFile(files[0] ?? null);
              setFileError('');
            }}
          />
        </div>
        {file && <p className="chosen-file">{t('doc.version.chosen', { name: file.name, size: format.bytes(file.size) })}</p>}
        {fileError && <p className="field-error">{fileError}</p>}
        <TextField
          label={t('doc.version.note')}
          hint={t('doc.version.noteHint')}
          value={note}
          onChange={setNote}
          multiline
          error={fieldError(error, 'note')}
        />
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={phase !== 'idle' || undefined}>
            {t('doc.version.upload')}
          </button>
          {abort && (
            <button type="button" className="button" onClick={() => abort.abort()}>
              {t('common.cancel')}
            </button>
          )}
        </div>
        {phase !== 'idle' && (
          <div className="progress">
            <label htmlFor={`${id}-progress`}>
              {phase === 'checking' ? t('docs.upload.checking') : t('docs.upload.uploading', { pct: percent })}
            </label>
            <progress id={`${id}-progress`} max={100} value={phase === 'checking' ? undefined : percent} />
          </div>
        )}
      </form>
      <Status>{status}</Status>
    </details>
  );
}

function Versions({
  doc,
  canWrite,
  onRestored,
}: {
  doc: DocumentDetail;
  canWrite: boolean;
  onRestored(d: DocumentDetail): void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const format = useFormat();
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const restore = async (v: Version): Promise<void> => {
    setError(null);
    setStatus('');
    try {
      const saved = await unwrap(
        api.POST('/api/v1/documents/{id}/versions/{number}/restore', { params: { path: { id: doc.id, number: v.number } } }),
      );
      onRestored(saved);
      setStatus(t('doc.versions.restored', { number: v.number, current: saved.version }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">
        {t('doc.versions')} <span className="count">({doc.versions.length})</span>
      </h2>
      <Status>{status}</Status>
      <ErrorMessage error={error} />
      <TableRegion labelledBy="versions-heading">
        <table className="stack-table">
          <caption className="visually-hidden">{t('doc.versions.caption', { title: doc.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('doc.versions.number')}</th>
              <th scope="col">{t('doc.versions.date')}</th>
              <th scope="col">{t('doc.versions.by')}</th>
              <th scope="col">{t('docs.col.size')}</th>
              <th scope="col">{t('doc.versions.note')}</th>
              <th scope="col">{t('docs.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {doc.versions.map((v) => {
              const isCurrent = v.number === doc.version;
              return (
                <tr key={v.id}>
                  <th scope="row">
                    {v.number}
                    {isCurrent && (
                      <>
                        {' '}
                        <span className="badge badge-current">{t('doc.versions.current')}</span>
                      </>
                    )}
                  </th>
                  <td data-label={t('doc.versions.date')}>
                    <time dateTime={v.createdAt}>{dateTime(v.createdAt)}</time>
                  </td>
                  <td data-label={t('doc.versions.by')}>
                    {v.createdBy ? <Link to={`/personer/${v.createdBy.id}`}>{v.createdBy.name}</Link> : t('docs.unknownPerson')}
                  </td>
                  <td className="nowrap" data-label={t('docs.col.size')}>
                    {format.bytes(v.size)}
                  </td>
                  <td
                    data-label={t('doc.versions.note')}
                    className={v.restoredFrom === null && !v.note && v.fileName === doc.fileName ? 'stack-hide' : undefined}
                  >
                    {v.restoredFrom !== null ? t('doc.versions.restoredFrom', { number: v.restoredFrom }) : v.note}
                    {v.fileName !== doc.fileName && <span className="file-name">{v.fileName}</span>}
                  </td>
                  <td>
                    <div className="row-actions">
                      <a href={downloadUrl(doc.id, { version: v.number })} className="button small">
                        {t('doc.download')}
                        <span className="visually-hidden"> {t('doc.versions.which', { number: v.number })}</span>
                      </a>
                      {canWrite && !isCurrent && (
                        <ConfirmButton
                          className="button small"
                          question={t('doc.versions.confirmRestore', { number: v.number })}
                          onConfirm={() => restore(v)}
                        >
                          {t('doc.versions.restore')}
                          <span className="visually-hidden"> {t('doc.versions.which', { number: v.number })}</span>
                        </ConfirmButton>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

export function DocumentPage({ id }: { id: string }): ReactNode {
  const { t, dateTime } = useI18n();
  const format = useFormat();
  const detail = useHubQuery(['/api/v1/documents/{id}', id], () => unwrap(api.GET('/api/v1/documents/{id}', { params: { path: { id } } })));
  const doc = detail.data;
  const networkId = doc?.networkId;
  // The library's folders (for the folder's name and moving), its types and limits, and whether I may upload.
  const library = useHubQuery(['/api/v1/networks/{id}/documents', networkId, doc?.folderId, 'facts'], () =>
      networkId
        ? unwrap(api.GET('/api/v1/networks/{id}/documents', { params: { path: { id: networkId }, query: { limit: 1 } } }))
        : Promise.resolve(undefined));
  const [deleteError, setDeleteError] = useState<unknown>(null);
  // Live: a change of this document (a new version, its text read) reloads it; a change of the folders, the library.

  const remove = async (): Promise<void> => {
    if (!doc) return;
    setDeleteError(null);
    try {
      await unwrap(api.DELETE('/api/v1/documents/{id}', { params: { path: { id: doc.id } } }));
      setFlash(t('doc.deleted', { title: doc.title }));
      navigate(libraryPath(doc.networkSlug));
    } catch (err) {
      setDeleteError(err);
    }
  };

  const folder = doc?.folderId ? library.data?.folders.find((f) => f.id === doc.folderId) : undefined;
  return (
    <Page title={doc?.title ?? t('doc.title')}>
      {doc && (
        <p className="breadcrumb">
          <Link to={libraryPath(doc.networkSlug, folder ? { mapp: folder.id } : {})}>{t('doc.back', { name: doc.networkName })}</Link>
        </p>
      )}
      {detail.loading && !doc && <Loading />}
      <ErrorMessage error={detail.error} />
      {doc && (
        <>
          <dl className="facts doc-facts">
            <dt>{t('doc.network')}</dt>
            <dd>
              <Link to={`/natverk/${doc.networkSlug}`}>{doc.networkName}</Link>
            </dd>
            <dt>{t('docs.col.type')}</dt>
            <dd>{kindLabel(doc.kind)}</dd>
            <dt>{t('doc.fileName')}</dt>
            <dd>{doc.fileName}</dd>
            <dt>{t('docs.col.size')}</dt>
            <dd>{format.bytes(doc.size)}</dd>
            <dt>{t('doc.folder')}</dt>
            <dd>
              {doc.folderId ? (
                folder ? (
                  <Link to={libraryPath(doc.networkSlug, { mapp: folder.id })}>{folder.name}</Link>
                ) : (
                  '…'
                )
              ) : (
                t('docs.topLevel')
              )}
            </dd>
            <dt>{t('docs.col.tags')}</dt>
            <dd>
              {doc.tags.length > 0 ? (
                <TagList tags={doc.tags} linkTo={(tag) => libraryPath(doc.networkSlug, { tagg: tag })} />
              ) : (
                t('doc.noTags')
              )}
            </dd>
            <dt>{t('doc.version')}</dt>
            <dd>
              {doc.version}, {dateTime(doc.updatedAt)}
              {doc.updatedBy && ` (${doc.updatedBy.name})`}
            </dd>
            <dt>{t('docs.col.uploader')}</dt>
            <dd>
              {doc.uploadedBy ? <Link to={`/personer/${doc.uploadedBy.id}`}>{doc.uploadedBy.name}</Link> : t('docs.unknownPerson')},{' '}
              {dateTime(doc.createdAt)}
            </dd>
          </dl>
          <ExtractionNote document={doc} />
          <p className="actions">
            <a href={downloadUrl(doc.id)} className="button primary">
              {t('doc.downloadFile', { type: kindLabel(doc.kind), size: format.bytes(doc.size) })}
            </a>
          </p>
          <Preview doc={doc} />
          {(doc.canEdit || library.data?.canUpload) && (
            <section aria-labelledby="change-heading">
              <h2 id="change-heading">{t('doc.change')}</h2>
              {doc.canEdit && <EditDocument doc={doc} library={library.data} onSaved={detail.setData} />}
              {library.data?.canUpload && <NewVersion doc={doc} library={library.data} onUploaded={detail.setData} />}
              {doc.canEdit && (
                <div className="card danger">
                  <p>{t('doc.deleteIntro')}</p>
                  <ErrorMessage error={deleteError} />
                  <ConfirmButton className="button" question={t('doc.confirmDelete', { title: doc.title })} onConfirm={remove}>
                    {t('doc.delete')}
                  </ConfirmButton>
                </div>
              )}
            </section>
          )}
          <Versions doc={doc} canWrite={library.data?.canUpload ?? false} onRestored={detail.setData} />
        </>
      )}
    </Page>
  );
}
