# Writes data.csv, a synthetic cohort of 900 rows with missing values, and
# reference.csv, R's glm fit of outcome ~ age + sex + smoker + bmi + chol
# (binomial, logit link) on the rows that have all of them (na.omit, glm's
# default), converged far below glm's default tolerance.
# TestHLRMatchesGLM (activities/train) compares the federated fit with it.
# Regenerate (R >= 4, base packages only), from this directory:
#   Rscript reference.R
set.seed(20261207)
n <- 900
site <- sample(c("a", "b", "c"), n, replace = TRUE)
age <- round(runif(n, 25, 85))
sex <- sample(c("F", "M"), n, replace = TRUE)
smoker <- sample(c("never", "former", "current"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2))
bmi <- round(pmin(pmax(rnorm(n, 27, 4.5), 15), 60), 1)
chol <- round(pmin(pmax(rnorm(n, 210, 40), 100), 450))
eta <- -9 + 0.06 * age + 0.5 * (sex == "M") + 0.4 * (smoker == "former") + 0.9 * (smoker == "current") +
  0.08 * bmi + 0.008 * chol
outcome <- ifelse(runif(n) < plogis(eta), "yes", "no")
chol[sample(n, 60)] <- NA
bmi[sample(n, 25)] <- NA
outcome[sample(n, 15)] <- NA
site[sample(n, 40)] <- NA
d <- data.frame(site, age, sex, smoker, bmi, chol, outcome)
write.csv(d, "data.csv", row.names = FALSE, na = "NA", quote = FALSE)

d <- read.csv("data.csv", na.strings = "NA")
d$sex <- factor(d$sex, levels = c("F", "M"))
d$smoker <- factor(d$smoker, levels = c("never", "former", "current"))
d$outcome <- factor(d$outcome, levels = c("no", "yes"))
fit <- glm(outcome ~ age + sex + smoker + bmi + chol, family = binomial, data = d,
  control = glm.control(epsilon = 1e-15, maxit = 100))
co <- summary(fit)$coefficients
names <- c("(intercept)", "age", "sex=M", "smoker=former", "smoker=current", "bmi", "chol")
stopifnot(length(names) == nrow(co))
out <- data.frame(name = names, estimate = sprintf("%.17g", co[, 1]), std_error = sprintf("%.17g", co[, 2]),
  z = sprintf("%.17g", co[, 3]), p = sprintf("%.17g", co[, 4]))
writeLines(sprintf("# rows %d", nobs(fit)), "reference.csv")
suppressWarnings(write.table(out, "reference.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
