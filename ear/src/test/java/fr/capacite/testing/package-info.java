/** Browser-test support: the deployed EAR, headless Debian Chromium, axe-core checks. */
package fr.capacite.testing;
