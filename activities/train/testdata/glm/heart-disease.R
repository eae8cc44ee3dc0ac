# Writes reference-heart-disease.csv: R's glm fit of heart disease (num > 0)
# on age, sex, cp, trestbps, chol, thalach, exang and oldpeak over the four
# UCI heart-disease files pooled, on the rows that have all of them
# (na.omit; a 0 in trestbps or chol is missing, as the schema says), for
# TestHLROmitMatchesGLMOnHeartDisease. Switzerland records no cholesterol,
# so it has no complete row. Regenerate (R >= 4, base packages only), from
# this directory, with the data directory as argument:
#   Rscript heart-disease.R /work/shared/data
dir <- commandArgs(trailingOnly = TRUE)[1]
files <- c("cleveland", "hungarian", "switzerland", "va")
cols <- c("age", "sex", "cp", "trestbps", "chol", "fbs", "restecg", "thalach", "exang", "oldpeak", "slope", "ca", "thal", "num")
d <- do.call(rbind, lapply(files, function(f) {
  x <- read.csv(sprintf("%s/heart-disease/processed.%s.data", dir, f), header = FALSE, na.strings = "?")
  names(x) <- cols
  x
}))
d$chol[!is.na(d$chol) & d$chol == 0] <- NA
d$trestbps[!is.na(d$trestbps) & d$trestbps == 0] <- NA
d$y <- as.integer(d$num > 0)
d$sex <- factor(d$sex, levels = c(0, 1))
d$cp <- factor(d$cp, levels = 1:4)
d$exang <- factor(d$exang, levels = c(0, 1))
fit <- glm(y ~ age + sex + cp + trestbps + chol + thalach + exang + oldpeak, family = binomial, data = d,
  control = glm.control(epsilon = 1e-15, maxit = 100))
co <- summary(fit)$coefficients
names <- c("(intercept)", "age", "sex=1", "cp=2", "cp=3", "cp=4", "trestbps", "chol", "thalach", "exang=1", "oldpeak")
stopifnot(length(names) == nrow(co))
out <- data.frame(name = names, estimate = sprintf("%.17g", co[, 1]), std_error = sprintf("%.17g", co[, 2]),
  z = sprintf("%.17g", co[, 3]), p = sprintf("%.17g", co[, 4]))
writeLines(sprintf("# rows %d", nobs(fit)), "reference-heart-disease.csv")
suppressWarnings(write.table(out, "reference-heart-disease.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
