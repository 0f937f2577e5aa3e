import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUpTitle"), robots: { index: false } };
}

export default async function RegisterPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm px-4 py-12">
      <h1 className="mb-6 font-serif text-2xl text-cobalt-900">{t("signUpTitle")}</h1>
      <RegisterForm />
    </div>
  );
}
