// The page's only script: a facet choice applies at once (the Filter button does the same without script).
document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
  select.addEventListener('change', function () { select.form.submit(); });
});
