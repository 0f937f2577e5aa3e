import Image from "next/image";
import { getTranslations } from "next-intl/server";

interface GalleryImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * Swipeable on phones (scroll snap), thumbnails below; no JavaScript needed: thumbnails are
 * anchors to the slides.
 */
export async function Gallery({ images }: { images: GalleryImage[] }) {
  const t = await getTranslations("product");
  return (
    <section aria-label={t("gallery")}>
      <div className="flex snap-x snap-mandatory overflow-x-auto rounded-3xl bg-white [scrollbar-width:none]">
        {images.map((image, index) => (
          <figure key={image.url} id={`image-${index + 1}`} className="relative w-full shrink-0 snap-center">
            <Image
              src={image.url}
              alt={image.alt}
              width={image.width}
              height={image.height}
              priority={index === 0}
              unoptimized
              sizes="(min-width: 768px) 50vw, 100vw"
              className="aspect-square w-full object-cover"
            />
            <figcaption className="sr-only">{t("imageOf", { index: index + 1, count: images.length })}</figcaption>
          </figure>
        ))}
      </div>
      {images.length > 1 && (
        <ul className="mt-3 flex gap-2">
          {images.map((image, index) => (
            <li key={image.url}>
              <a href={`#image-${index + 1}`} className="block overflow-hidden rounded-xl border border-porcelain-deep bg-white hover:border-cobalt-500">
                <Image src={image.url} alt={t("imageOf", { index: index + 1, count: images.length })} width={72} height={72} unoptimized className="size-16" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
