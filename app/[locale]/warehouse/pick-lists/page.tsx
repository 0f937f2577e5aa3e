import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsoleHeading, ConsoleShell } from "@/components/console/console-shell";
import { Badge, buttonClass, EmptyLine, linkClass, num, Panel, TableFrame, td, th } from "@/components/warehouse/ui";
import { warehouseShell } from "@/components/warehouse/warehouse-page";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listPickLists } from "@/lib/fulfillment/pick-lists";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("fulfilment");
  return { title: t("pickLists.title"), robots: { index: false } };
}

/** Recent pick lists, newest first, with how far each batch has got. */
export default async function PickListsPage({ params }: PageProps<"/[locale]/warehouse/pick-lists">) {
  const { locale } = await params;
  await requirePage("/warehouse/pick-lists", locale);
  const [t, format] = await Promise.all([getTranslations("fulfilment"), getFormatter()]);
  const lists = await listPickLists(db());

  return (
    <ConsoleShell {...await warehouseShell()}>
      <ConsoleHeading title={t("pickLists.title")}>
        <Link href="/warehouse/orders" className={buttonClass}>
          {t("pickLists.new")}
        </Link>
      </ConsoleHeading>
      <Panel>
        {lists.length === 0 ? (
          <EmptyLine>{t("pickLists.none")}</EmptyLine>
        ) : (
          <TableFrame label={t("pickLists.title")}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("common.pickList")}</th>
                <th scope="col" className={th}>{t("pickLists.created")}</th>
                <th scope="col" className={`${th} ${num}`}>{t("pickLists.orders")}</th>
                <th scope="col" className={th}>{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => (
                <tr key={list.id}>
                  <td className={`${td} font-mono text-xs`}>
                    <Link href={`/warehouse/pick-lists/${list.id}`} className={linkClass}>
                      {list.number}
                    </Link>
                  </td>
                  <td className={td}>
                    <time dateTime={list.createdAt.toISOString()}>{format.dateTime(list.createdAt, { dateStyle: "short", timeStyle: "short" })}</time>
                  </td>
                  <td className={`${td} ${num}`}>{list.orders}</td>
                  <td className={td}>
                    {list.picking > 0 ? (
                      <Badge tone="info">{t("pickLists.picking", { count: list.picking })}</Badge>
                    ) : (
                      <Badge tone="ok">{t("pickLists.picked")}</Badge>
                    )}{" "}
                    <span className="text-xs text-ink-soft">{t("pickLists.shipped", { count: list.shipped, total: list.orders })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
      </Panel>
    </ConsoleShell>
  );
}
