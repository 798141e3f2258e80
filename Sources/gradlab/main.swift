import Lab
print("GradLab \(GradLabVersion.string)")
