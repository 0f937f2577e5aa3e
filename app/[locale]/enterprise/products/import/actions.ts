"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/session";
import { type CsvImportResult, importProductsCsv, MAX_CSV_BYTES } from "@/lib/catalog/admin/csv";
import { invalidateProduct } from "@/lib/catalog/cache";
import { db } from "@/lib/db/client";

export interface ImportState {
  status: "idle" | "previewed" | "applied" | "error";
  /** A `productValidation` key for a problem before any row was read. */
  message?: string;
  result?: CsvImportResult;
  /** The file's text, sent back with "apply" so exactly what was previewed is imported. */
  csv?: string;
  fileName?: string;
}

/**
 * Previews (intent=preview, with a file) or applies (intent=apply, with the previewed text) a
 * product CSV. Both check every row again on the server; applying writes nothing unless every
 * row is valid.
 */
export async function importProductsCsvAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const enterpriseIdValue = formData.get("enterpriseId");
  const enterpriseId = typeof enterpriseIdValue === "string" ? enterpriseIdValue : "";
  const actor = await authorizeAction("product.importCsv", { enterpriseId });
  if (!actor) return { status: "error", message: "forbidden" };

  const apply = formData.get("intent") === "apply";
  let csv: string;
  let fileName = "";
  if (apply) {
    const text = formData.get("csv");
    csv = typeof text === "string" ? text : "";
    const name = formData.get("fileName");
    fileName = typeof name === "string" ? name.slice(0, 200) : "";
  } else {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", message: "csv.missingFile" };
    if (file.size > MAX_CSV_BYTES) return { status: "error", message: "csv.tooLarge" };
    csv = new TextDecoder("utf-8").decode(await file.arrayBuffer());
    fileName = file.name.slice(0, 200);
  }
  if (!csv) return { status: "error", message: "csv.missingFile" };

  const result = await importProductsCsv(db(), enterpriseId, csv, { apply });
  if (result.applied) {
    for (const slug of result.slugs) invalidateProduct(slug);
    revalidatePath("/[locale]/enterprise/products", "layout");
    return { status: "applied", result, fileName };
  }
  return { status: "previewed", result, csv: result.valid ? csv : undefined, fileName };
}
