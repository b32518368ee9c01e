import { useSearch } from "@tanstack/react-router";
import { SignInPage } from "@/features/auth/components/sign-in-page";

export function SignInRoutePage() {
  const { redirect } = useSearch({ from: "/sign-in/$" });
  return <SignInPage variant="sign-in" redirect={redirect} />;
}

export function SignUpRoutePage() {
  const { redirect } = useSearch({ from: "/sign-up/$" });
  return <SignInPage variant="sign-up" redirect={redirect} />;
}
