import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { ImageManager } from "@/components/enterprise/image-manager";
import { ProductForm } from "@/components/enterprise/product-form";
import { StatusBadge } from "@/components/enterprise/status-badge";
import { StatusControls } from "@/components/enterprise/status-controls";
import { card } from "@/components/enterprise/styles";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { getEnterpriseProduct } from "@/lib/catalog/admin/products";
import { db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localize";
import { fenToYuanString } from "@/lib/money/format";
import { productConsoleContext } from "../context";
import { productFormOptions } from "../options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enterpriseConsole");
  return { title: `${t("products.title")} · ${t("title")}`, robots: { index: false } };
}

export default async function EditProductPage({ params, searchParams }: PageProps<"/[locale]/enterprise/products/[id]">) {
  const { locale, id } = await params;
  const actor = await requirePage("/enterprise/products/[id]", locale);
  const query = await searchParams;
  const context = await productConsoleContext(actor, locale, query.enterprise);
  // Only this enterprise's products are found: another enterprise's product is "not found",
  // exactly like one that does not exist.
  const product = id.length <= 40 ? await getEnterpriseProduct(db(), context.enterprise.id, id) : null;
  if (!product) notFound();
  const [t, options, format] = await Promise.all([getTranslations("enterpriseConsole"), productFormOptions(locale), getFormatter()]);
  const name = localize(locale, product.nameZh, product.nameEn);
  const listHref = context.withEnterprise("/enterprise/products");
  const explain = { DRAFT: "explainDraft", PUBLISHED: "explainPublished", ARCHIVED: "explainArchived" } as const;
  const values = {
    nameZh: product.nameZh,
    nameEn: product.nameEn,
    categorySlug: product.category.slug,
    glazeSlug: product.glaze.slug,
    descriptionZh: product.descriptionZh,
    descriptionEn: product.descriptionEn,
    materialZh: product.materialZh,
    materialEn: product.materialEn,
    careZh: product.careZh,
    careEn: product.careEn,
  };
  const variants = product.variants.map((v) => ({
    values: {
      id: v.id,
      sku: v.sku,
      nameZh: v.nameZh,
      nameEn: v.nameEn,
      sizeZh: v.sizeZh ?? "",
      sizeEn: v.sizeEn ?? "",
      price: fenToYuanString(v.priceFen),
      compareAt: v.compareAtFen === null ? "" : fenToYuanString(v.compareAtFen),
      weightGrams: String(v.weightGrams),
      setCount: String(v.setCount),
      lowStockThreshold: String(v.lowStockThreshold),
      active: v.active ? "true" : "false",
    },
    stock: { onHand: v.onHand, reserved: v.reserved },
  }));
  // The form starts afresh only when what it edits changed (a save), not when a picture was
  // uploaded or the status changed while someone was typing.
  const version = createHash("sha1").update(JSON.stringify([values, variants])).digest("hex");

  return (
    <ConsoleShell {...context.shell}>
      <Link href={listHref} className="mb-2 inline-block text-sm text-ink-soft hover:text-cobalt-700">
        ← {t("productEdit.back")}
      </Link>
      <ConsoleHeading title={name}>
        <StatusBadge status={product.status} label={t(`statusLabel.${product.status}`)} />
        {product.status === "PUBLISHED" && (
          <Link href={`/products/${product.slug}`} target="_blank" className="text-sm text-cobalt-700 underline-offset-2 hover:underline">
            {t("productEdit.viewInShop")} ↗
          </Link>
        )}
      </ConsoleHeading>
      <p className="-mt-3 mb-5 break-all text-xs text-ink-soft">{t("productEdit.slug", { slug: product.slug })}</p>
      {query.created === "1" && product.status === "DRAFT" && product.media.length === 0 && (
        <p role="status" className="mb-5 rounded-lg bg-celadon-50 px-3 py-2 text-sm text-celadon-800">
          {t("productEdit.created")}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_19rem] lg:items-start">
        <aside className="min-w-0 space-y-6 lg:order-last">
          <section className={card} aria-labelledby="product-status">
            <h2 id="product-status" className="mb-1 font-medium text-cobalt-900">
              {t("productStatus.title")}
            </h2>
            <p className="mb-3 text-sm text-ink-soft">
              {t(`productStatus.${explain[product.status]}`)}
              {product.publishedAt && <span className="block text-xs">{t("productStatus.publishedAt", { date: format.dateTime(new Date(product.publishedAt), { dateStyle: "medium" }) })}</span>}
            </p>
            <StatusControls
              enterpriseId={context.enterprise.id}
              productId={product.id}
              status={product.status}
              hasActiveVariant={product.variants.some((v) => v.active)}
              hasImage={product.media.length > 0}
            />
          </section>
          <section className={card} aria-labelledby="product-images">
            <h2 id="product-images" className="mb-3 font-medium text-cobalt-900">
              {t("productImages.title")}
            </h2>
            <ImageManager
              enterpriseId={context.enterprise.id}
              productId={product.id}
              images={product.media.map((m) => ({ id: m.id, url: m.url, width: m.width, height: m.height, alt: localize(locale, m.altZh, m.altEn) }))}
            />
          </section>
        </aside>

        <div className="min-w-0">
        <ProductForm
          mode="edit"
          enterpriseId={context.enterprise.id}
          productId={product.id}
          version={version}
          values={values}
          variants={variants}
          categories={options.categories}
          glazes={options.glazes}
          cancelHref={listHref}
        />
        </div>
      </div>
    </ConsoleShell>
  );
}
