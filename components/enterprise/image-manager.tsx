"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { manageProductImageAction, uploadProductImageAction } from "@/app/[locale]/enterprise/products/actions";
import { ACCEPTED_IMAGE_TYPES, ACTION_BODY_BUDGET, MAX_IMAGE_BYTES, MAX_IMAGE_EDGE } from "@/lib/catalog/admin/limits";
import { type FormState, IDLE } from "@/lib/forms/state";
import { FieldError, FileInput, ProductFormMessage } from "./product-fields";
import { primaryButton, secondaryButton } from "./styles";

export interface ManagedImage {
  id: string;
  url: string;
  width: number;
  height: number;
  alt: string;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * A photo too large for one server-action request (a phone's photo often is), made smaller in
 * the browser first: at most MAX_IMAGE_EDGE pixels, as JPEG (which every browser can encode),
 * upright (createImageBitmap follows the EXIF orientation). The server still checks and converts
 * what arrives. Null when it cannot be made small enough or read.
 */
async function shrinkForUpload(file: File): Promise<File | null> {
  if (file.size <= ACTION_BODY_BUDGET) return file;
  const bitmap = await createImageBitmap(file);
  const fit = Math.min(1, MAX_IMAGE_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  try {
    if (!context) return null;
    // Lower the quality first, then the size, until it fits.
    for (const scale of [fit, fit * 0.75, fit * 0.5]) {
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      // JPEG has no transparency: porcelain photographed on white stays on white.
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of [0.9, 0.8, 0.7]) {
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
        if (blob && blob.size <= ACTION_BODY_BUDGET) return new File([blob], `${file.name.replace(/\.[^.]*$/, "")}.jpg`, { type: "image/jpeg" });
      }
    }
    return null;
  } finally {
    bitmap.close();
  }
}

/**
 * The product's pictures: upload one (previewed, and checked for type and size in the browser
 * before it is sent; the server checks again and converts it), make one the cover, remove one.
 */
export function ImageManager({ enterpriseId, productId, images }: { enterpriseId: string; productId: string; images: ManagedImage[] }) {
  const t = useTranslations("enterpriseConsole.productImages");
  const [uploadState, upload, uploading] = useActionState(uploadProductImageAction, IDLE);
  const [manageState, manage, managing] = useActionState(manageProductImageAction, IDLE);
  const [preview, setPreview] = useState<{ url: string; name: string; size: number } | null>(null);
  const [localError, setLocalError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const [preparing, setPreparing] = useState(false);
  const [, startTransition] = useTransition();

  const submitUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("image");
    if (file instanceof File && file.size > 0) {
      setPreparing(true);
      let ready: File | null;
      try {
        ready = await shrinkForUpload(file);
      } catch {
        setPreparing(false);
        return setLocalError("image.unreadable");
      }
      setPreparing(false);
      if (!ready) return setLocalError("image.tooLarge");
      data.set("image", ready);
    }
    startTransition(() => upload(data));
  };

  // After an upload (done or refused) the chosen file and its preview go.
  useEffect(() => {
    if (uploadState.status === "idle") return;
    setPreview(null);
    if (fileInput.current) fileInput.current.value = "";
  }, [uploadState]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setLocalError(undefined);
    if (!file) return setPreview(null);
    if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) setLocalError("image.type");
    else if (file.size > MAX_IMAGE_BYTES) setLocalError("image.tooLarge");
    setPreview({ url: URL.createObjectURL(file), name: file.name, size: file.size });
  };

  const lastMessage = (state: FormState) => (state.status === "ok" && state.message ? t(state.message as "uploaded" | "removed" | "coverChanged") : undefined);
  const uploadError = localError ?? (uploadState.status === "error" ? uploadState.fieldErrors?.image : undefined);

  return (
    <div className="space-y-4">
      <ProductFormMessage status={manageState.status} message={manageState.message} okText={lastMessage(manageState)} />
      {images.length === 0 ? (
        <p className="rounded-xl border border-dashed border-celadon-300 px-4 py-6 text-center text-sm text-ink-soft">{t("empty")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-2">
          {images.map((image, index) => (
            <li key={image.id} className="overflow-hidden rounded-xl border border-porcelain-deep bg-white">
              <div className="relative">
                <Image
                  src={image.url}
                  alt={image.alt}
                  width={image.width}
                  height={image.height}
                  unoptimized
                  sizes="(min-width: 1024px) 140px, 45vw"
                  className="aspect-square w-full object-cover"
                />
                {index === 0 && <span className="absolute left-2 top-2 rounded-full bg-cobalt-700 px-2 py-0.5 text-xs text-white">{t("cover")}</span>}
              </div>
              <form action={manage} className="flex flex-wrap gap-1 p-2">
                <input type="hidden" name="enterpriseId" value={enterpriseId} />
                <input type="hidden" name="productId" value={productId} />
                <input type="hidden" name="mediaId" value={image.id} />
                {index > 0 && (
                  <button
                    type="submit"
                    name="intent"
                    value="cover"
                    disabled={managing}
                    className="rounded-full px-2 py-1 text-xs text-cobalt-700 hover:bg-cobalt-50 disabled:opacity-50"
                    aria-label={`${t("makeCover")} · ${t("imageN", { n: index + 1 })}`}
                  >
                    {t("makeCover")}
                  </button>
                )}
                <button
                  type="submit"
                  name="intent"
                  value="remove"
                  disabled={managing}
                  className="ml-auto rounded-full px-2 py-1 text-xs text-cinnabar hover:bg-cinnabar/10 disabled:opacity-50"
                  aria-label={`${t("remove")} · ${t("imageN", { n: index + 1 })}`}
                >
                  {t("remove")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      <form onSubmit={submitUpload} className="space-y-3 rounded-xl bg-porcelain-deep/50 p-3">
        <input type="hidden" name="enterpriseId" value={enterpriseId} />
        <input type="hidden" name="productId" value={productId} />
        <ProductFormMessage status={uploadState.status === "ok" ? "ok" : "idle"} okText={lastMessage(uploadState)} />
        {uploadState.status === "error" && uploadState.message && uploadState.message !== "form" && (
          <ProductFormMessage status="error" message={uploadState.message} />
        )}
        <div className="space-y-2">
          <FileInput
            ref={fileInput}
            id="product-image"
            name="image"
            buttonLabel={t("choose")}
            noFile={t("noFile")}
            fileName={preview?.name}
            accept={ACCEPTED_IMAGE_TYPES.join(",")}
            onChange={choose}
            error={uploadError}
            hintId="product-image-hint"
          />
          {!uploadError && (
            <p id="product-image-hint" className="text-xs text-ink-soft">
              {t("hint")}
            </p>
          )}
          <FieldError id="product-image" error={uploadError} />
        </div>
        {preview && (
          <figure className="flex items-center gap-3">
            {/* A local object URL: next/image cannot (and need not) optimise it. */}
            <img src={preview.url} alt={t("preview")} className="size-20 rounded-lg border border-porcelain-deep bg-white object-cover" />
            <figcaption className="text-xs text-ink-soft">{t("fileSize", { size: formatSize(preview.size) })}</figcaption>
          </figure>
        )}
        <button type="submit" disabled={uploading || preparing || !preview || Boolean(localError)} className={preview ? primaryButton : secondaryButton}>
          {uploading || preparing ? t("uploading") : t("upload")}
        </button>
      </form>
    </div>
  );
}
