"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { type ImportState, importProductsCsvAction } from "@/app/[locale]/enterprise/products/import/actions";
import { Link } from "@/i18n/navigation";
import { MAX_CSV_BYTES } from "@/lib/catalog/admin/limits";
import { FieldError, FileInput, ProductFormMessage } from "./product-fields";
import { card, primaryButton, secondaryButton } from "./styles";

const IDLE: ImportState = { status: "idle" };

function RowResult({ errors }: { errors: NonNullable<ImportState["result"]>["rows"][number]["errors"] }) {
  const t = useTranslations("enterpriseConsole.productImport");
  const tv = useTranslations("productValidation");
  if (errors.length === 0) return <span className="text-celadon-800">✓ {t("ok")}</span>;
  return (
    <ul className="space-y-0.5 text-cinnabar">
      {errors.map((error, index) => (
        <li key={index}>{error.column ? t("inColumn", { column: error.column, message: tv(error.message) }) : tv(error.message)}</li>
      ))}
    </ul>
  );
}

/**
 * Upload a CSV, see per row what would happen and every error, then import it all at once; the
 * import button stays disabled while any row has an error.
 */
export function ImportForm({ enterpriseId, listHref }: { enterpriseId: string; listHref: string }) {
  const t = useTranslations("enterpriseConsole.productImport");
  const tv = useTranslations("productValidation");
  const [state, action, pending] = useActionState(importProductsCsvAction, IDLE);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  // Each answer resets the form (and so the file input): the chosen name goes with it.
  useEffect(() => setFileName(null), [state]);
  const choose = (file: File | undefined) => {
    setFileName(file?.name ?? null);
    setFileError(file && file.size > MAX_CSV_BYTES ? "csv.tooLarge" : undefined);
  };
  const result = state.result;
  const badRows = result?.rows.filter((r) => r.errors.length > 0).length ?? 0;
  const canApply = state.status === "previewed" && result?.valid === true && Boolean(state.csv);

  return (
    <div className="space-y-6">
      <form action={action} className={`${card} space-y-4`}>
        <input type="hidden" name="enterpriseId" value={enterpriseId} />
        <input type="hidden" name="intent" value="preview" />
        <div className="space-y-2">
          <p id="csv-file-hint" className="text-sm font-medium">
            {t("file")}
          </p>
          <FileInput
            id="csv-file"
            name="file"
            buttonLabel={t("chooseFile")}
            noFile={t("noFile")}
            fileName={fileName}
            accept=".csv,text/csv"
            hintId="csv-file-hint"
            error={fileError}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          <FieldError id="csv-file" error={fileError} />
        </div>
        {state.status === "error" && <ProductFormMessage status="error" message={state.message} />}
        <button type="submit" disabled={pending || Boolean(fileError)} className={secondaryButton}>
          {pending ? t("previewing") : t("preview")}
        </button>
      </form>

      {state.status === "applied" && result && (
        <div role="status" className="space-y-3 rounded-2xl bg-celadon-50 p-4 text-sm text-celadon-800">
          <p>{t("applied", result.summary)}</p>
          <Link href={listHref} className={primaryButton}>
            {t("backToList")}
          </Link>
        </div>
      )}

      {state.status === "previewed" && result && (
        <section className={`${card} space-y-4`} aria-labelledby="import-preview">
          <div className="space-y-1">
            <h2 id="import-preview" className="font-medium text-cobalt-900">
              {t("preview")}
            </h2>
            {state.fileName && <p className="break-all text-xs text-ink-soft">{t("fileName", { name: state.fileName })}</p>}
          </div>
          {result.fileErrors.map((error) => (
            <p key={error.message} role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
              {tv(error.message, { columns: error.columns?.join(", ") ?? "" })}
            </p>
          ))}
          {result.rows.length > 0 &&
            (badRows > 0 ? (
              <p role="alert" className="rounded-lg bg-cinnabar/10 px-3 py-2 text-sm text-cinnabar">
                {t("hasErrors", { count: badRows })}
              </p>
            ) : (
              <p role="status" className="rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
                {t("allValid", { count: result.rows.length })} {t("summary", result.summary)}
              </p>
            ))}

          {result.rows.length > 0 && (
            <>
              <div className="hidden overflow-x-auto sm:block">
                <table className="w-full text-left text-sm">
                  <thead className="bg-porcelain-deep/60 text-xs text-ink-soft">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-medium">{t("columns.line")}</th>
                      <th scope="col" className="px-3 py-2 font-medium">{t("columns.product")}</th>
                      <th scope="col" className="px-3 py-2 font-medium">{t("columns.sku")}</th>
                      <th scope="col" className="px-3 py-2 font-medium">{t("columns.action")}</th>
                      <th scope="col" className="px-3 py-2 font-medium">{t("columns.result")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-porcelain-deep">
                    {result.rows.map((row) => (
                      <tr key={row.line} className={row.errors.length ? "bg-cinnabar/5" : undefined} data-testid="import-row">
                        <td className="whitespace-nowrap px-3 py-2 tabular-nums text-ink-soft">{row.line}</td>
                        <td className="min-w-[8rem] px-3 py-2">
                          <span className="block">{row.productName || "—"}</span>
                          <span className="block break-all text-xs text-ink-soft">{row.productSlug || t("newProduct")}</span>
                        </td>
                        <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.sku || "—"}</td>
                        <td className="whitespace-nowrap px-3 py-2">{row.action ? t(`actions.${row.action}`) : "—"}</td>
                        <td className="px-3 py-2">
                          <RowResult errors={row.errors} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ul className="divide-y divide-porcelain-deep border-y border-porcelain-deep sm:hidden">
                {result.rows.map((row) => (
                  <li key={row.line} className={`space-y-1 px-1 py-3 text-sm ${row.errors.length ? "bg-cinnabar/5" : ""}`}>
                    <p className="flex flex-wrap items-baseline gap-x-2">
                      <span className="tabular-nums text-ink-soft">
                        {t("columns.line")} {row.line}
                      </span>
                      <span className="font-mono text-xs">{row.sku || "—"}</span>
                      {row.action && <span className="text-xs text-celadon-800">{t(`actions.${row.action}`)}</span>}
                    </p>
                    <p>
                      {row.productName || "—"} <span className="break-all text-xs text-ink-soft">{row.productSlug || t("newProduct")}</span>
                    </p>
                    <RowResult errors={row.errors} />
                  </li>
                ))}
              </ul>
            </>
          )}

          <form action={action} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="enterpriseId" value={enterpriseId} />
            <input type="hidden" name="intent" value="apply" />
            <input type="hidden" name="csv" value={state.csv ?? ""} />
            <input type="hidden" name="fileName" value={state.fileName ?? ""} />
            <button type="submit" disabled={!canApply || pending} className={primaryButton}>
              {pending ? t("applying") : t("apply")}
            </button>
            {!canApply && <p className="text-sm text-ink-soft">{t("applyDisabled")}</p>}
          </form>
        </section>
      )}
    </div>
  );
}
