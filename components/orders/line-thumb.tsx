import Image from "next/image";

/** A small square picture of an order or cart line (a plain glaze tile when there is none). */
export function LineThumb({ image, alt, size = 64 }: { image: { url: string } | null; alt: string; size?: number }) {
  return (
    <div className="shrink-0 overflow-hidden rounded-lg bg-porcelain-deep" style={{ width: size, height: size }}>
      {image && <Image src={image.url} alt={alt} width={size} height={size} unoptimized className="h-full w-full object-cover" />}
    </div>
  );
}
